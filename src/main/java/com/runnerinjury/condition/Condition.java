package com.runnerinjury.condition;

import com.runnerinjury.shared.content.BodyRegion;
import com.runnerinjury.shared.content.ConditionRef;
import com.runnerinjury.shared.content.ContentEntity;
import com.runnerinjury.symptom.Symptom;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.ListIndexBase;

/** A running injury or complaint, with the symptoms it shows and when to see a doctor. */
@Entity
@Table(name = "conditions")
public class Condition extends ContentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Convert(converter = BodyRegion.Converter.class)
    @Column(name = "body_region", nullable = false)
    public BodyRegion bodyRegion;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public String description;

    @ElementCollection
    @CollectionTable(name = "condition_aliases", joinColumns = @JoinColumn(name = "condition_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "alias", nullable = false)
    public List<String> aliases = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "condition_warning_signs", joinColumns = @JoinColumn(name = "condition_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "text", nullable = false)
    public List<String> whenToSeeADoctor = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "condition_symptoms",
            joinColumns = @JoinColumn(name = "condition_id"),
            inverseJoinColumns = @JoinColumn(name = "symptom_id"))
    @OrderBy("name")
    public List<Symptom> symptoms = new ArrayList<>();

    public ConditionRef toRef() {
        return new ConditionRef(slug, name);
    }
}
