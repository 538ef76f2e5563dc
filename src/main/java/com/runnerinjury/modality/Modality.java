package com.runnerinjury.modality;

import com.runnerinjury.shared.content.ContentEntity;
import com.runnerinjury.shared.content.ModalityRef;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.ListIndexBase;

/** A treatment a runner can receive, with what a session is like and how to stay safe. */
@Entity
@Table(name = "modalities")
public class Modality extends ContentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Convert(converter = ModalityCategory.Converter.class)
    @Column(nullable = false)
    public ModalityCategory category;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public String description;

    @Column(name = "session_minutes_min")
    public Integer sessionMinutesMin;

    @Column(name = "session_minutes_max")
    public Integer sessionMinutesMax;

    @ElementCollection
    @CollectionTable(name = "modality_steps", joinColumns = @JoinColumn(name = "modality_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "text", nullable = false)
    public List<String> whatToExpect = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "modality_safety_notes", joinColumns = @JoinColumn(name = "modality_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "text", nullable = false)
    public List<String> safetyNotes = new ArrayList<>();

    public ModalityRef toRef() {
        return new ModalityRef(slug, name);
    }
}
