package com.runnerinjury.claim;

import com.runnerinjury.condition.Condition;
import com.runnerinjury.modality.Modality;
import com.runnerinjury.shared.content.ClaimView;
import com.runnerinjury.shared.content.ContentEntity;
import com.runnerinjury.shared.content.EvidenceLevel;
import com.runnerinjury.shared.content.Outcome;
import com.runnerinjury.shared.content.Visibility;
import com.runnerinjury.source.Source;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.ListIndexBase;

/** A statement, attributed to its sources, that a modality helps with a condition or an outcome. */
@Entity
@Table(name = "claims")
public class Claim extends ContentEntity {

    @Id
    public String id;

    @Column(nullable = false)
    public String statement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "modality_id")
    public Modality modality;

    /** Null for a general claim that is not about one condition. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "condition_id")
    public Condition condition;

    @Convert(converter = Outcome.Converter.class)
    @Column(nullable = false)
    public Outcome outcome;

    @Convert(converter = EvidenceLevel.Converter.class)
    @Column(name = "evidence_level", nullable = false)
    public EvidenceLevel evidenceLevel;

    public String mechanism;

    public String finding;

    @ElementCollection
    @CollectionTable(name = "claim_caveats", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "text", nullable = false)
    public List<String> caveats = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "claim_sources",
            joinColumns = @JoinColumn(name = "claim_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderBy("title")
    public List<Source> sources = new ArrayList<>();

    /** The claim as the public sees it, citing only its published sources. */
    public ClaimView toView() {
        return toView(Visibility.PUBLIC);
    }

    /** The claim citing the sources visible at this level. */
    public ClaimView toView(Visibility visibility) {
        return new ClaimView(id, statement, modality.toRef(), condition == null ? null : condition.toRef(), outcome,
                evidenceLevel, mechanism, finding, List.copyOf(caveats),
                sources.stream().filter(visibility::shows).map(Source::toRef).toList(), updatedAt, lastReviewed);
    }
}
