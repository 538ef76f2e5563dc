package com.runnerinjury.symptom;

import com.runnerinjury.shared.content.BodyRegion;
import com.runnerinjury.shared.content.ContentEntity;
import com.runnerinjury.shared.content.SymptomRef;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something a runner feels or notices, shared by the conditions that show it. */
@Entity
@Table(name = "symptoms")
public class Symptom extends ContentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description;

    @Convert(converter = BodyRegion.Converter.class)
    @Column(name = "body_region", nullable = false)
    public BodyRegion bodyRegion;

    public SymptomRef toRef() {
        return new SymptomRef(slug, name);
    }
}
