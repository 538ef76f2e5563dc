-- Claims: every benefit statement the two source articles (V2) make, in our own words, with
-- the articles' own hedges kept as caveats and each claim traced to the article(s) making it.
-- evidence_level: study-reported = the article cites research; traditional-theory = explained
-- through qi/meridians/stagnation/heat; weak = the article itself says the evidence is weaker;
-- practitioner-opinion = asserted without a named study.

-- acupuncture-pain-relief
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-pain-relief',
        'Both articles present acupuncture as a way for runners to manage and lower pain.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'pain-relief', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-pain-relief', 1, 'Neither article names a study for this statement.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-pain-relief', 2, 'The consumer article stresses that acupuncture does not replace seeing your regular doctor.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-pain-relief', 'acupuncture-in-running');
insert into claim_sources (claim_id, source_id) values ('acupuncture-pain-relief', 'how-acupuncture-helps-runners');

-- acupuncture-painkilling-chemicals
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-painkilling-chemicals',
        'The practitioner article says acupuncture strengthens the body''s capacity to make its own pain-relieving chemicals.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'pain-relief', 'practitioner-opinion',
        'Greater production of the body''s own painkilling substances.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-painkilling-chemicals', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-painkilling-chemicals', 'how-acupuncture-helps-runners');

-- acupuncture-qi-stagnation-pain
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-qi-stagnation-pain',
        'According to the practitioner article, acupuncture eases pain by getting stuck qi moving again, which it says also helps the body heal.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'pain-relief', 'traditional-theory',
        'In traditional theory qi, the energy needed for daily life, moves through channels that link the body; stress and injury can slow it until it stagnates and causes pain, and restoring its flow is said to end the pain.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-qi-stagnation-pain', 1, 'The explanation rests on traditional Chinese medicine ideas (qi, channels, stagnation, heat), not on measured findings.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-qi-stagnation-pain', 'how-acupuncture-helps-runners');

-- acupuncture-energy-flow-healing
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-energy-flow-healing',
        'Both articles explain acupuncture''s healing effect through a better flow of the body''s energy, which they link to healing and balance.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'healing', 'traditional-theory',
        'Improving the flow of energy (qi) and correcting underlying imbalances.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-energy-flow-healing', 1, 'The explanation rests on traditional Chinese medicine ideas (qi, channels, stagnation, heat), not on measured findings.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-energy-flow-healing', 2, 'The consumer article offers this as a general idea of how acupuncture works, not as a tested finding.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-energy-flow-healing', 'acupuncture-in-running');
insert into claim_sources (claim_id, source_id) values ('acupuncture-energy-flow-healing', 'how-acupuncture-helps-runners');

-- acupuncture-natural-healing
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-natural-healing',
        'The sources say acupuncture supports and balances the body''s own self-healing processes.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'healing', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-natural-healing', 1, 'The consumer article hedges this: acupuncture is only thought to have this effect.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-natural-healing', 2, 'Neither article names a study for this statement.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-natural-healing', 'acupuncture-in-running');
insert into claim_sources (claim_id, source_id) values ('acupuncture-natural-healing', 'how-acupuncture-helps-runners');

-- acupuncture-common-running-injuries
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-common-running-injuries',
        'The consumer article lists running problems acupuncture is often used for, among them muscle soreness, joint pain, tendinitis, shin splints, plantar fasciitis, knee issues and IT band syndrome, and the practitioner article likewise says it treats many common injuries.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'pain-relief', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-common-running-injuries', 1, 'This is a list of typical uses, not a statement of proven effectiveness for each condition.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-common-running-injuries', 2, 'The consumer article stresses that acupuncture does not replace seeing your regular doctor.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-common-running-injuries', 'acupuncture-in-running');
insert into claim_sources (claim_id, source_id) values ('acupuncture-common-running-injuries', 'how-acupuncture-helps-runners');

-- acupuncture-injury-prevention
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-injury-prevention',
        'Both articles say acupuncture can help runners avoid injuries, for example by keeping muscles loose and detecting imbalances.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'injury-prevention', 'practitioner-opinion',
        'Keeping the muscles loose, finding imbalances and rebalancing the muscles.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-injury-prevention', 1, 'Neither article names a study for this statement.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-injury-prevention', 2, 'The consumer article stresses that acupuncture does not replace seeing your regular doctor.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-injury-prevention', 'acupuncture-in-running');
insert into claim_sources (claim_id, source_id) values ('acupuncture-injury-prevention', 'how-acupuncture-helps-runners');

-- acupuncture-muscle-balance
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-muscle-balance',
        'The practitioner article cites studies showing that acupuncture fosters a healthy balance between muscles, easing the load on ligaments and tendons and lowering injury risk, and the consumer article also says it rebalances muscles.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'injury-prevention', 'study-reported',
        'Better balance between muscles takes stress off the ligaments and tendons.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-muscle-balance', 1, 'The practitioner article refers to studies without naming them; they have not been independently verified here.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-muscle-balance', 'how-acupuncture-helps-runners');
insert into claim_sources (claim_id, source_id) values ('acupuncture-muscle-balance', 'acupuncture-in-running');

-- acupuncture-energy-levels
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-energy-levels',
        'The practitioner article says that, by improving muscle balance, acupuncture can raise runners'' energy levels.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'performance', 'practitioner-opinion',
        'A healthier balance of muscles.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-energy-levels', 1, 'It is unclear whether the studies mentioned for muscle balance also looked at energy levels; none is named.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-energy-levels', 'how-acupuncture-helps-runners');

-- acupuncture-recurring-injuries
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-recurring-injuries',
        'The practitioner article says acupuncture does more than ease symptoms and can help keep injuries from coming back.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'injury-prevention', 'practitioner-opinion',
        'More blood flow, less inflammation and relaxed muscles, which let the body rest and recover.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-recurring-injuries', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-recurring-injuries', 'how-acupuncture-helps-runners');

-- acupuncture-recovery
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-recovery',
        'Both articles say acupuncture helps runners recover faster, from injuries as well as from training.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'recovery', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-recovery', 1, 'Neither article names a study for this statement.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-recovery', 2, 'The consumer article stresses that acupuncture does not replace seeing your regular doctor.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-recovery', 'acupuncture-in-running');
insert into claim_sources (claim_id, source_id) values ('acupuncture-recovery', 'how-acupuncture-helps-runners');

-- acupuncture-stress
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-stress',
        'Both articles say acupuncture lowers stress: the consumer article mentions chronic stress, and the practitioner article both physical and mental stress, which he says can otherwise hold back performance.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'stress', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-stress', 1, 'Neither article names a study for this statement.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-stress', 'acupuncture-in-running');
insert into claim_sources (claim_id, source_id) values ('acupuncture-stress', 'how-acupuncture-helps-runners');

-- acupuncture-calms-mind
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-calms-mind',
        'The practitioner article says acupuncture helps to settle the mind.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'stress', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-calms-mind', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-calms-mind', 'how-acupuncture-helps-runners');

-- acupuncture-stress-hormones-performance
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-stress-hormones-performance',
        'The practitioner article says acupuncture can improve athletic performance by holding down the production of stress hormones.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'performance', 'practitioner-opinion',
        'Suppressing the production of hormones related to stress.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-stress-hormones-performance', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-stress-hormones-performance', 'how-acupuncture-helps-runners');

-- acupuncture-endurance-performance
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-endurance-performance',
        'Some runners try acupuncture hoping for better endurance and performance, and the practitioner article says it can boost performance, but the consumer article notes that the evidence for this is weaker.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'performance', 'weak',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-endurance-performance', 1, 'The consumer article itself says the evidence for this use is not as strong.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-endurance-performance', 2, 'The practitioner article states the performance benefit without naming a study.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-endurance-performance', 'acupuncture-in-running');
insert into claim_sources (claim_id, source_id) values ('acupuncture-endurance-performance', 'how-acupuncture-helps-runners');

-- acupuncture-immunity
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-immunity',
        'Both articles say acupuncture strengthens the immune system, which the practitioner article says helps keep runners healthy through their training.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'immunity', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-immunity', 1, 'Neither article names a study for this statement.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-immunity', 'acupuncture-in-running');
insert into claim_sources (claim_id, source_id) values ('acupuncture-immunity', 'how-acupuncture-helps-runners');

-- acupuncture-sleep
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-sleep',
        'The practitioner article says acupuncture improves sleep, helping runners make the most of their training season.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'sleep', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-sleep', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-sleep', 'how-acupuncture-helps-runners');

-- acupuncture-inflammation
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-inflammation',
        'Both articles say acupuncture reduces inflammation.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'inflammation', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-inflammation', 1, 'The consumer article hedges this: acupuncture is only thought to have this effect.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-inflammation', 2, 'Neither article names a study for this statement.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-inflammation', 'acupuncture-in-running');
insert into claim_sources (claim_id, source_id) values ('acupuncture-inflammation', 'how-acupuncture-helps-runners');

-- acupuncture-noradrenergic-inflammation
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-noradrenergic-inflammation',
        'The practitioner article says acupuncture influences inflammation by activating the nervous system.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'inflammation', 'practitioner-opinion',
        'Activation of the nervous system prompts noradrenergic neurons to produce hormones that are believed to play a part in the body''s response to inflammation.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-noradrenergic-inflammation', 1, 'The article says these hormones are only believed to contribute to the inflammatory response.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-noradrenergic-inflammation', 2, 'No study is named for this mechanism.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-noradrenergic-inflammation', 'how-acupuncture-helps-runners');

-- acupuncture-heat-stagnation-cooling
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-heat-stagnation-cooling',
        'In the practitioner''s traditional framework, inflammation from an injury counts as heat and stagnation, and cooling techniques are used to bring it down and improve circulation.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'inflammation', 'traditional-theory',
        'Swelling, redness and heat in a joint are read as heat and stagnation, which cooling techniques address.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-heat-stagnation-cooling', 1, 'The explanation rests on traditional Chinese medicine ideas (qi, channels, stagnation, heat), not on measured findings.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-heat-stagnation-cooling', 2, 'The article does not say what the cooling techniques are.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-heat-stagnation-cooling', 'how-acupuncture-helps-runners');

-- acupuncture-circulation
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-circulation',
        'Both articles say acupuncture improves blood flow, including, in the practitioner article, to damaged and stressed muscles.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'circulation', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-circulation', 1, 'The consumer article hedges this: acupuncture is only thought to have this effect.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-circulation', 2, 'Neither article names a study for this statement.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-circulation', 'acupuncture-in-running');
insert into claim_sources (claim_id, source_id) values ('acupuncture-circulation', 'how-acupuncture-helps-runners');

-- acupuncture-nitric-oxide-vasodilatation
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-nitric-oxide-vasodilatation',
        'The practitioner article cites research showing that acupuncture widens blood vessels through nitric oxide, which raises local blood flow and releases natural pain relievers.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'circulation', 'study-reported',
        'Nitric oxide dilates local blood vessels, so more blood reaches the area and the body releases its own pain relievers.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-nitric-oxide-vasodilatation', 1, 'The article refers to research without naming or citing it; it has not been independently verified here.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-nitric-oxide-vasodilatation', 'how-acupuncture-helps-runners');

-- acupuncture-trigger-point-release
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-trigger-point-release',
        'The practitioner article says acupuncture breaks up trigger points (muscle knots), relaxing the muscle, restoring its length and reducing pain.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'muscle-relaxation', 'practitioner-opinion',
        'Releasing knots formed where small groups of muscle fibres have become irritated and tight.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-trigger-point-release', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-trigger-point-release', 'how-acupuncture-helps-runners');

-- acupuncture-trigger-point-range-of-motion
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-trigger-point-range-of-motion',
        'According to the practitioner article, releasing trigger points with acupuncture improves the muscles'' range of motion.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'range-of-motion', 'practitioner-opinion',
        'Muscle knots limit flexibility; breaking them up lets the muscle move more freely.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-trigger-point-range-of-motion', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-trigger-point-range-of-motion', 'how-acupuncture-helps-runners');

-- acupuncture-muscle-tension
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-muscle-tension',
        'The sources say acupuncture loosens tight muscles and reduces general muscle tension, which the practitioner article links to joint mobility.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'muscle-relaxation', 'practitioner-opinion',
        'Stimulating specific muscle fibres so that tight muscles relax.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-muscle-tension', 1, 'Neither article names a study for this statement.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-muscle-tension', 'how-acupuncture-helps-runners');
insert into claim_sources (claim_id, source_id) values ('acupuncture-muscle-tension', 'acupuncture-in-running');

-- acupuncture-running-form
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-running-form',
        'The practitioner article says acupuncture, by relaxing tight muscles and sending more blood to them, can help restore correct running form.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'performance', 'practitioner-opinion',
        'Relaxing tight muscles and increasing blood flow to damaged and stressed muscles.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-running-form', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-running-form', 'how-acupuncture-helps-runners');

-- acupuncture-nerve-function
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-nerve-function',
        'The practitioner article says acupuncture benefits the nerves that regulate muscle function and improves communication between the brain and the body.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'performance', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-nerve-function', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-nerve-function', 2, 'The article does not explain how this effect comes about.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-nerve-function', 'how-acupuncture-helps-runners');

-- cupping-blood-flow-qi
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('cupping-blood-flow-qi',
        'The practitioner article reports that the suction of the cups is said to increase the flow of blood and qi.',
        (select id from modalities where slug = 'cupping'),
        null,
        'circulation', 'traditional-theory',
        'Suction created by depressurised cups placed on the skin.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('cupping-blood-flow-qi', 1, 'The article itself says the suction is only said to have this effect.');
insert into claim_caveats (claim_id, position, text) values ('cupping-blood-flow-qi', 2, 'The explanation rests on traditional Chinese medicine ideas (qi, channels, stagnation, heat), not on measured findings.');
insert into claim_sources (claim_id, source_id) values ('cupping-blood-flow-qi', 'how-acupuncture-helps-runners');

-- cupping-blood-flow-research
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('cupping-blood-flow-research',
        'The practitioner article cites research indicating that cupping improves blood flow.',
        (select id from modalities where slug = 'cupping'),
        null,
        'circulation', 'study-reported',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('cupping-blood-flow-research', 1, 'The article refers to research without naming or citing it; it has not been independently verified here.');
insert into claim_sources (claim_id, source_id) values ('cupping-blood-flow-research', 'how-acupuncture-helps-runners');

-- cupping-immune-system
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('cupping-immune-system',
        'The practitioner article cites research indicating that cupping can strengthen the immune system.',
        (select id from modalities where slug = 'cupping'),
        null,
        'immunity', 'study-reported',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('cupping-immune-system', 1, 'The article refers to research without naming or citing it; it has not been independently verified here.');
insert into claim_sources (claim_id, source_id) values ('cupping-immune-system', 'how-acupuncture-helps-runners');

-- cupping-pain-relief
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('cupping-pain-relief',
        'The practitioner article cites research indicating that cupping can lessen pain.',
        (select id from modalities where slug = 'cupping'),
        null,
        'pain-relief', 'study-reported',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('cupping-pain-relief', 1, 'The article refers to research without naming or citing it; it has not been independently verified here.');
insert into claim_sources (claim_id, source_id) values ('cupping-pain-relief', 'how-acupuncture-helps-runners');

-- cupping-inflammation
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('cupping-inflammation',
        'The practitioner article cites research indicating that cupping can lessen inflammation.',
        (select id from modalities where slug = 'cupping'),
        null,
        'inflammation', 'study-reported',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('cupping-inflammation', 1, 'The article refers to research without naming or citing it; it has not been independently verified here.');
insert into claim_sources (claim_id, source_id) values ('cupping-inflammation', 'how-acupuncture-helps-runners');

-- cupping-muscle-relaxation
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('cupping-muscle-relaxation',
        'The practitioner article says cupping helps muscles relax.',
        (select id from modalities where slug = 'cupping'),
        null,
        'muscle-relaxation', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('cupping-muscle-relaxation', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_sources (claim_id, source_id) values ('cupping-muscle-relaxation', 'how-acupuncture-helps-runners');

-- cupping-cell-repair
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('cupping-cell-repair',
        'The practitioner article says cupping boosts cell repair, helping the body form new blood vessels and connective tissue.',
        (select id from modalities where slug = 'cupping'),
        null,
        'healing', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('cupping-cell-repair', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_sources (claim_id, source_id) values ('cupping-cell-repair', 'how-acupuncture-helps-runners');

-- cupping-fatigue
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('cupping-fatigue',
        'The practitioner article says cupping can ease symptoms of fatigue.',
        (select id from modalities where slug = 'cupping'),
        null,
        'recovery', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('cupping-fatigue', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_sources (claim_id, source_id) values ('cupping-fatigue', 'how-acupuncture-helps-runners');

-- cupping-scar-tissue
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('cupping-scar-tissue',
        'The practitioner article says cupping makes scar tissue in the treated area less visible.',
        (select id from modalities where slug = 'cupping'),
        null,
        'healing', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('cupping-scar-tissue', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_sources (claim_id, source_id) values ('cupping-scar-tissue', 'how-acupuncture-helps-runners');

-- acupuncture-runners-knee
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-runners-knee',
        'Both articles say acupuncture can help with runner''s knee, and the practitioner article says it relaxes tight muscles surrounding the knee joint, lowers inflammation and boosts circulation.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'runners-knee'),
        'muscle-relaxation', 'practitioner-opinion',
        'Relaxing tight muscles around the joint, lowering inflammation and promoting blood flow.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-runners-knee', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-runners-knee', 2, 'The consumer article stresses that acupuncture does not replace seeing your regular doctor.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-runners-knee', 'acupuncture-in-running');
insert into claim_sources (claim_id, source_id) values ('acupuncture-runners-knee', 'how-acupuncture-helps-runners');

-- acupuncture-runners-knee-pain-study
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-runners-knee-pain-study',
        'The practitioner article reports a study in which acupuncture lessened knee pain in runners.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'runners-knee'),
        'pain-relief', 'study-reported',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-runners-knee-pain-study', 1, 'The article does not name or cite the study; it has not been independently verified here.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-runners-knee-pain-study', 'how-acupuncture-helps-runners');

-- acupuncture-runners-knee-strength-study
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-runners-knee-strength-study',
        'The practitioner article describes a study that treated only one limb of each athlete and found the treated limbs gained more strength than the untreated opposite limbs.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'runners-knee'),
        'strength', 'study-reported',
        'The treated limbs showed an increase in the motor units recruited for three muscles.',
        '34% average strength increase in treated limbs compared with the untreated limb',
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-runners-knee-strength-study', 1, 'The article does not name or cite the study; it has not been independently verified here.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-runners-knee-strength-study', 2, 'The article does not say how many athletes took part or which three muscles were measured.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-runners-knee-strength-study', 'how-acupuncture-helps-runners');

-- acupuncture-patellar-tendinitis
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-patellar-tendinitis',
        'The consumer article says acupuncture can help manage knee injuries, naming patellar tendonitis alongside runner''s knee and other knee pain.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'patellar-tendinitis'),
        'pain-relief', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-patellar-tendinitis', 1, 'Stated in a general consumer article; no study is named.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-patellar-tendinitis', 2, 'For serious injuries or pain, the consumer article advises following your regular doctor''s guidance as well.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-patellar-tendinitis', 'acupuncture-in-running');

-- acupuncture-it-band-syndrome
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-it-band-syndrome',
        'Both articles present acupuncture as a treatment option for IT band syndrome, the painful outer-knee problem common in runners.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'it-band-syndrome'),
        'pain-relief', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-it-band-syndrome', 1, 'Neither article names a study for this statement.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-it-band-syndrome', 2, 'The consumer article stresses that acupuncture does not replace seeing your regular doctor.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-it-band-syndrome', 'acupuncture-in-running');
insert into claim_sources (claim_id, source_id) values ('acupuncture-it-band-syndrome', 'how-acupuncture-helps-runners');

-- acupuncture-it-band-fascia-repair
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-it-band-fascia-repair',
        'The practitioner article says acupuncture stimulates fascia cells, prompting the connective tissue of the iliotibial band to stretch and repair, and so targets the cause of the pain rather than only its symptoms.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'it-band-syndrome'),
        'healing', 'practitioner-opinion',
        'Stimulation of the cells of the fascia in the iliotibial band, which is a large band of connective tissue.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-it-band-fascia-repair', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-it-band-fascia-repair', 2, 'The contrast with conventional treatments, which the author says mostly target symptoms, is his own view.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-it-band-fascia-repair', 'how-acupuncture-helps-runners');

-- acupuncture-hamstring-pain
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-hamstring-pain',
        'The practitioner article says acupuncture works well for relieving the pain of hamstring injuries.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'hamstring-injury'),
        'pain-relief', 'practitioner-opinion',
        'Needles placed in the hamstring muscles themselves and at points on meridians leading to that muscle group.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-hamstring-pain', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-hamstring-pain', 'how-acupuncture-helps-runners');

-- acupuncture-hamstring-circulation
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-hamstring-circulation',
        'The practitioner article says acupuncture increases circulation in an injured hamstring.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'hamstring-injury'),
        'circulation', 'practitioner-opinion',
        'Needles placed in the hamstring muscles themselves and at points on meridians leading to that muscle group.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-hamstring-circulation', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-hamstring-circulation', 'how-acupuncture-helps-runners');

-- acupuncture-hamstring-inflammation
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-hamstring-inflammation',
        'The practitioner article says acupuncture lowers the inflammation of hamstring injuries.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'hamstring-injury'),
        'inflammation', 'practitioner-opinion',
        'Needles placed in the hamstring muscles themselves and at points on meridians leading to that muscle group.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-hamstring-inflammation', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-hamstring-inflammation', 'how-acupuncture-helps-runners');

-- acupuncture-hamstring-healing
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-hamstring-healing',
        'The practitioner article calls acupuncture a proven option that can speed the healing of hamstring injuries, such as a strained hamstring.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'hamstring-injury'),
        'healing', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-hamstring-healing', 1, 'The article calls the treatment proven but names no study.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-hamstring-healing', 'how-acupuncture-helps-runners');

-- acupuncture-achilles-pain
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-achilles-pain',
        'Both articles say acupuncture can help with Achilles tendonitis, and the practitioner article says it relieves the pain.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'achilles-tendinopathy'),
        'pain-relief', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-achilles-pain', 1, 'Neither article names a study for this statement.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-achilles-pain', 2, 'The practitioner article calls it safe and effective for this condition without naming a study.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-achilles-pain', 'acupuncture-in-running');
insert into claim_sources (claim_id, source_id) values ('acupuncture-achilles-pain', 'how-acupuncture-helps-runners');

-- acupuncture-achilles-inflammation
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-achilles-inflammation',
        'The sources say acupuncture helps with inflammation of the Achilles tendon, which the practitioner article says lets the tendon heal.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'achilles-tendinopathy'),
        'inflammation', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-achilles-inflammation', 1, 'Neither article names a study for this statement.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-achilles-inflammation', 2, 'The consumer article stresses that acupuncture does not replace seeing your regular doctor.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-achilles-inflammation', 'acupuncture-in-running');
insert into claim_sources (claim_id, source_id) values ('acupuncture-achilles-inflammation', 'how-acupuncture-helps-runners');

-- acupuncture-achilles-flexibility
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-achilles-flexibility',
        'The practitioner article says acupuncture can improve flexibility in runners with Achilles tendinopathy.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'achilles-tendinopathy'),
        'range-of-motion', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-achilles-flexibility', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-achilles-flexibility', 'how-acupuncture-helps-runners');

-- acupuncture-achilles-scar-tissue
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-achilles-scar-tissue',
        'The practitioner says his treatment aims to stop tight scar tissue from forming, because such tissue can cause further pain and injury.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'achilles-tendinopathy'),
        'injury-prevention', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-achilles-scar-tissue', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-achilles-scar-tissue', 2, 'Described as a goal of treatment, not as a demonstrated result.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-achilles-scar-tissue', 'how-acupuncture-helps-runners');

-- acupuncture-plantar-fasciitis-effective
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-plantar-fasciitis-effective',
        'Both articles say acupuncture is effective for plantar fasciitis, and the practitioner article attributes this to what researchers have found in runners.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'plantar-fasciitis'),
        'pain-relief', 'study-reported',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-plantar-fasciitis-effective', 1, 'The researchers and their work are not named or cited; this has not been independently verified here.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-plantar-fasciitis-effective', 2, 'The consumer article stresses that acupuncture does not replace seeing your regular doctor.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-plantar-fasciitis-effective', 'acupuncture-in-running');
insert into claim_sources (claim_id, source_id) values ('acupuncture-plantar-fasciitis-effective', 'how-acupuncture-helps-runners');

-- acupuncture-plantar-fasciitis-natural-opioids
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-plantar-fasciitis-natural-opioids',
        'The practitioner article says one reason acupuncture works for plantar fasciitis is that it prompts the body to make natural opioids, which ease pain and support a healthy immune system.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'plantar-fasciitis'),
        'pain-relief', 'practitioner-opinion',
        'The body releases its own opioids, which act as painkillers.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-plantar-fasciitis-natural-opioids', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-plantar-fasciitis-natural-opioids', 'how-acupuncture-helps-runners');

-- electroacupuncture-plantar-fasciitis-tension
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('electroacupuncture-plantar-fasciitis-tension',
        'The practitioner article names electroacupuncture as one of the combined techniques he uses on plantar fasciitis to ease tightness in the calf muscles, the tendons and the plantar fascia.',
        (select id from modalities where slug = 'electroacupuncture'),
        (select id from conditions where slug = 'plantar-fasciitis'),
        'muscle-relaxation', 'practitioner-opinion',
        'Part of a combination of electroacupuncture, tui na, cupping and gua sha.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('electroacupuncture-plantar-fasciitis-tension', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_caveats (claim_id, position, text) values ('electroacupuncture-plantar-fasciitis-tension', 2, 'The article neither describes this technique nor separates its effect from the other techniques used with it.');
insert into claim_sources (claim_id, source_id) values ('electroacupuncture-plantar-fasciitis-tension', 'how-acupuncture-helps-runners');

-- tui-na-plantar-fasciitis-tension
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('tui-na-plantar-fasciitis-tension',
        'The practitioner article names tui na as one of the combined techniques he uses on plantar fasciitis to ease tightness in the calf muscles, the tendons and the plantar fascia.',
        (select id from modalities where slug = 'tui-na'),
        (select id from conditions where slug = 'plantar-fasciitis'),
        'muscle-relaxation', 'practitioner-opinion',
        'Part of a combination of electroacupuncture, tui na, cupping and gua sha.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('tui-na-plantar-fasciitis-tension', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_caveats (claim_id, position, text) values ('tui-na-plantar-fasciitis-tension', 2, 'The article neither describes this technique nor separates its effect from the other techniques used with it.');
insert into claim_sources (claim_id, source_id) values ('tui-na-plantar-fasciitis-tension', 'how-acupuncture-helps-runners');

-- cupping-plantar-fasciitis-tension
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('cupping-plantar-fasciitis-tension',
        'The practitioner article names cupping as one of the combined techniques he uses on plantar fasciitis to ease tightness in the calf muscles, the tendons and the plantar fascia.',
        (select id from modalities where slug = 'cupping'),
        (select id from conditions where slug = 'plantar-fasciitis'),
        'muscle-relaxation', 'practitioner-opinion',
        'Part of a combination of electroacupuncture, tui na, cupping and gua sha.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('cupping-plantar-fasciitis-tension', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_caveats (claim_id, position, text) values ('cupping-plantar-fasciitis-tension', 2, 'The article neither describes this technique nor separates its effect from the other techniques used with it.');
insert into claim_sources (claim_id, source_id) values ('cupping-plantar-fasciitis-tension', 'how-acupuncture-helps-runners');

-- gua-sha-plantar-fasciitis-tension
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('gua-sha-plantar-fasciitis-tension',
        'The practitioner article names gua sha as one of the combined techniques he uses on plantar fasciitis to ease tightness in the calf muscles, the tendons and the plantar fascia.',
        (select id from modalities where slug = 'gua-sha'),
        (select id from conditions where slug = 'plantar-fasciitis'),
        'muscle-relaxation', 'practitioner-opinion',
        'Part of a combination of electroacupuncture, tui na, cupping and gua sha.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('gua-sha-plantar-fasciitis-tension', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_caveats (claim_id, position, text) values ('gua-sha-plantar-fasciitis-tension', 2, 'The article neither describes this technique nor separates its effect from the other techniques used with it.');
insert into claim_sources (claim_id, source_id) values ('gua-sha-plantar-fasciitis-tension', 'how-acupuncture-helps-runners');

-- acupuncture-shin-splints-pain
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-shin-splints-pain',
        'The consumer article says acupuncture is useful for easing the pain of shin splints.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'shin-splints'),
        'pain-relief', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-shin-splints-pain', 1, 'Stated in a general consumer article; no study is named.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-shin-splints-pain', 2, 'The consumer article stresses that acupuncture does not replace seeing your regular doctor.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-shin-splints-pain', 'acupuncture-in-running');

-- acupuncture-shin-splints-healing
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-shin-splints-healing',
        'The consumer article says acupuncture helps shin splints heal.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'shin-splints'),
        'healing', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-shin-splints-healing', 1, 'Stated in a general consumer article; no study is named.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-shin-splints-healing', 2, 'The consumer article stresses that acupuncture does not replace seeing your regular doctor.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-shin-splints-healing', 'acupuncture-in-running');

-- acupuncture-back-pain-trials
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-back-pain-trials',
        'The practitioner article says many research studies and several trials show acupuncture to be an effective treatment for back pain with few side effects.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'low-back-pain'),
        'pain-relief', 'study-reported',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-back-pain-trials', 1, 'The trials and studies are not named or cited; they have not been independently verified here.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-back-pain-trials', 2, 'Part of the support offered is the satisfaction of the author''s own patients.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-back-pain-trials', 'how-acupuncture-helps-runners');

-- acupuncture-chronic-pain-2012-study
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-chronic-pain-2012-study',
        'The practitioner article cites a 2012 study of people with chronic pain in which those given authentic acupuncture reported their chronic pain roughly halved.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'low-back-pain'),
        'pain-relief', 'study-reported',
        null,
        '50% reduction in chronic pain reported in a 2012 study of about 20,000 patients',
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-chronic-pain-2012-study', 1, 'The article does not name or cite the study; it has not been independently verified here.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-chronic-pain-2012-study', 2, 'As described, the study covered chronic pain in general, not back pain in runners specifically.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-chronic-pain-2012-study', 3, 'The article does not say what authentic acupuncture was compared with.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-chronic-pain-2012-study', 'how-acupuncture-helps-runners');

-- acupuncture-back-muscle-relaxation
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-back-muscle-relaxation',
        'The practitioner says his back-pain treatment focuses on loosening the back muscles and boosting circulation so that the body can repair itself.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'low-back-pain'),
        'muscle-relaxation', 'practitioner-opinion',
        'Relaxed back muscles and better circulation allow the body to heal itself.',
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-back-muscle-relaxation', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-back-muscle-relaxation', 'how-acupuncture-helps-runners');

-- acupuncture-back-pain-recovery
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-back-pain-recovery',
        'The practitioner reports that many of his patients have got over running-related back pain with acupuncture.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'low-back-pain'),
        'recovery', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-back-pain-recovery', 1, 'Based on the author''s own patients; anecdotal, and no study is named.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-back-pain-recovery', 'how-acupuncture-helps-runners');

-- cupping-back-pain
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('cupping-back-pain',
        'The practitioner article notes that cupping has been used for back pain, among other problems.',
        (select id from modalities where slug = 'cupping'),
        (select id from conditions where slug = 'low-back-pain'),
        'pain-relief', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('cupping-back-pain', 1, 'This describes past use, not a tested result in runners.');
insert into claim_caveats (claim_id, position, text) values ('cupping-back-pain', 2, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_sources (claim_id, source_id) values ('cupping-back-pain', 'how-acupuncture-helps-runners');

-- stretching-and-exercise-healthy-back
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('stretching-and-exercise-healthy-back',
        'The practitioner article says suitable exercises and stretching are also important for keeping the back healthy.',
        (select id from modalities where slug = 'stretching-and-exercise'),
        (select id from conditions where slug = 'low-back-pain'),
        'injury-prevention', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('stretching-and-exercise-healthy-back', 1, 'The article names no specific exercises or stretches and cites no study.');
insert into claim_sources (claim_id, source_id) values ('stretching-and-exercise-healthy-back', 'how-acupuncture-helps-runners');

-- acupuncture-muscle-soreness
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-muscle-soreness',
        'The consumer article says acupuncture is commonly used for sore and tight muscles and can reduce muscle soreness.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'muscle-soreness'),
        'pain-relief', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-muscle-soreness', 1, 'Stated in a general consumer article; no study is named.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-muscle-soreness', 2, 'The consumer article hedges that acupuncture could be a useful helper next to other care, not a cure on its own.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-muscle-soreness', 'acupuncture-in-running');

-- acupuncture-workout-recovery
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-workout-recovery',
        'The consumer article says acupuncture can help runners bounce back after workouts.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'muscle-soreness'),
        'recovery', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-workout-recovery', 1, 'Stated in a general consumer article; no study is named.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-workout-recovery', 2, 'The consumer article stresses that acupuncture does not replace seeing your regular doctor.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-workout-recovery', 'acupuncture-in-running');

-- acupuncture-tendinitis
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-tendinitis',
        'Both articles name tendinitis among the running problems acupuncture can help with: the consumer article sees it as a useful addition to treatment, and the practitioner article says it helps runners get over it.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'tendinitis'),
        'recovery', 'practitioner-opinion',
        null,
        null,
        date '2026-11-21');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-tendinitis', 1, 'The consumer article hedges that acupuncture could be a useful helper next to other care, not a cure on its own.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-tendinitis', 2, 'Neither article names a study for this statement.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-tendinitis', 3, 'For serious injuries or pain, the consumer article advises following your regular doctor''s guidance as well.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-tendinitis', 'acupuncture-in-running');
insert into claim_sources (claim_id, source_id) values ('acupuncture-tendinitis', 'how-acupuncture-helps-runners');
