-- Content corrections from a claim-by-claim clinical read of V3-V6 against the two source articles (issue 7).
-- Applied migrations are never edited; every change is made here. Changed rows get updated_at bumped, their
-- version raised and last_reviewed set to the date of this review. Wording stays in our own words (checked by
-- ContentWordingTest) and every statement is attributed to the article that makes it.

-- ---------------------------------------------------------------------------------------------
-- Runner's knee: swelling, redness and heat are signs the practitioner article gives for inflammation after an
-- injury in general, never for runner's knee. Unlink them; the symptoms stay, linked to no condition, and say so.
-- ---------------------------------------------------------------------------------------------

delete from condition_symptoms
 where condition_id = (select id from conditions where slug = 'runners-knee')
   and symptom_id in (select id from symptoms where slug in ('joint-swelling', 'joint-redness', 'joint-heat'));

update conditions
   set updated_at = current_timestamp,
       version = version + 1,
       last_reviewed = date '2026-11-23'
 where slug = 'runners-knee';

update symptoms
   set description = 'Swelling in a joint, one of the visible signs of inflammation after an injury. The practitioner article gives it for inflammation after an injury in general, not as a sign of any one condition listed here; for serious injuries or pain the consumer article advises keeping to your regular doctor''s advice.',
       updated_at = current_timestamp,
       version = version + 1,
       last_reviewed = date '2026-11-23'
 where slug = 'joint-swelling';

update symptoms
   set description = 'Redness over a joint, another sign of inflammation after an injury. The practitioner article gives it for inflammation after an injury in general, not as a sign of any one condition listed here; for serious injuries or pain the consumer article advises keeping to your regular doctor''s advice.',
       updated_at = current_timestamp,
       version = version + 1,
       last_reviewed = date '2026-11-23'
 where slug = 'joint-redness';

update symptoms
   set description = 'A joint that feels hot, a sign of inflammation after an injury; acupuncture theory reads it as heat and stagnation. The practitioner article gives it for inflammation after an injury in general, not as a sign of any one condition listed here; for serious injuries or pain the consumer article advises keeping to your regular doctor''s advice.',
       updated_at = current_timestamp,
       version = version + 1,
       last_reviewed = date '2026-11-23'
 where slug = 'joint-heat';

-- ---------------------------------------------------------------------------------------------
-- Back pain: the articles only ever say "back pain". The slug stays (clients rely on it); the old name becomes
-- the alias in place of the alias that is now the name.
-- ---------------------------------------------------------------------------------------------

update conditions
   set name = 'Back pain',
       updated_at = current_timestamp,
       version = version + 1,
       last_reviewed = date '2026-11-23'
 where slug = 'low-back-pain';

update condition_aliases
   set alias = 'Low back pain'
 where condition_id = (select id from conditions where slug = 'low-back-pain')
   and position = 1;

-- ---------------------------------------------------------------------------------------------
-- Modalities: the 20-30 minutes are how long the needles stay in, and only "about"; cupping bruises are painless
-- but last 1-2 weeks, said as plainly as the practitioner article says it.
-- ---------------------------------------------------------------------------------------------

update modality_steps
   set text = 'Needle insertion: fine needles are placed gently at selected points and are usually left in place for about 20-30 minutes. That is the time the needles stay in, not the length of the whole session, which the articles do not give.'
 where modality_id = (select id from modalities where slug = 'acupuncture')
   and position = 2;

update modality_steps
   set text = 'Afterwards: the cups will likely leave bruises; the practitioner article says these are painless but last 1-2 weeks.'
 where modality_id = (select id from modalities where slug = 'cupping')
   and position = 4;

update modality_safety_notes
   set text = 'Cupping will likely leave bruises where the cups sat; the practitioner article says they are painless but last 1-2 weeks.'
 where modality_id = (select id from modalities where slug = 'cupping')
   and position = 1;

update modalities
   set updated_at = current_timestamp,
       version = version + 1,
       last_reviewed = date '2026-11-23'
 where slug in ('acupuncture', 'cupping');

-- ---------------------------------------------------------------------------------------------
-- The 2012 chronic-pain study: say "50 percent", as the article does, in the statement and the finding.
-- ---------------------------------------------------------------------------------------------

update claims
   set statement = 'The practitioner article cites a 2012 study of 20,000 patients with chronic pain, in which, it says, researchers found a 50 percent reduction in chronic pain among those treated with authentic acupuncture.',
       finding = '50 percent reduction in chronic pain reported in a 2012 study of 20,000 patients'
 where id = 'acupuncture-chronic-pain-2012-study';

-- ---------------------------------------------------------------------------------------------
-- Achilles inflammation: only the practitioner article says acupuncture reduces inflammation of the tendon; the
-- consumer article only defines Achilles tendonitis as that inflammation.
-- ---------------------------------------------------------------------------------------------

update claims
   set statement = 'The practitioner article says acupuncture can reduce inflammation in the Achilles tendon, which it says helps the tendon heal.'
 where id = 'acupuncture-achilles-inflammation';

delete from claim_sources
 where claim_id = 'acupuncture-achilles-inflammation'
   and source_id = 'acupuncture-in-running';

update claim_caveats
   set text = 'Stated from the author''s clinical practice; no study is named.'
 where claim_id = 'acupuncture-achilles-inflammation'
   and position = 1;

-- ---------------------------------------------------------------------------------------------
-- Muscle balance: the study sentence covers muscle balance only. The lower injury risk (the author's own
-- statement) and the consumer article's "rebalances muscles" (a plain assertion) become claims of their own.
-- ---------------------------------------------------------------------------------------------

update claims
   set statement = 'The practitioner article reports that studies found acupuncture fosters a healthy balance between the muscles, which it says takes strain off the ligaments and tendons.'
 where id = 'acupuncture-muscle-balance';

delete from claim_sources
 where claim_id = 'acupuncture-muscle-balance'
   and source_id = 'acupuncture-in-running';

insert into claim_caveats (claim_id, position, text)
values ('acupuncture-muscle-balance', 2, 'The studies are described as showing better muscle balance only; the article does not say they measured injuries or injury risk.');

-- acupuncture-muscle-balance-injury-risk
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-muscle-balance-injury-risk',
        'The practitioner article adds that, with the muscles better balanced, runners are less likely to get injured.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'injury-prevention', 'practitioner-opinion',
        'Better balance between muscles takes stress off the ligaments and tendons.',
        null,
        date '2026-11-23');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-muscle-balance-injury-risk', 1, 'Stated from the author''s clinical practice; no study is named.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-muscle-balance-injury-risk', 2, 'The studies the article mentions are described as showing muscle balance only, not a lower risk of injury.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-muscle-balance-injury-risk', 'how-acupuncture-helps-runners');

-- acupuncture-muscle-rebalancing
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-muscle-rebalancing',
        'The consumer article says acupuncture rebalances the muscles, and counts this among the ways it helps runners avoid injuries.',
        (select id from modalities where slug = 'acupuncture'),
        null,
        'injury-prevention', 'practitioner-opinion',
        null,
        null,
        date '2026-11-23');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-muscle-rebalancing', 1, 'Stated in a general consumer article; no study is named.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-muscle-rebalancing', 2, 'The consumer article stresses that acupuncture does not replace seeing your regular doctor.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-muscle-rebalancing', 'acupuncture-in-running');

-- ---------------------------------------------------------------------------------------------
-- Plantar fasciitis: the practitioner article points to researchers; the consumer article only asserts it.
-- ---------------------------------------------------------------------------------------------

update claims
   set statement = 'The practitioner article reports that researchers found acupuncture works for plantar fasciitis in runners.'
 where id = 'acupuncture-plantar-fasciitis-effective';

delete from claim_sources
 where claim_id = 'acupuncture-plantar-fasciitis-effective'
   and source_id = 'acupuncture-in-running';

-- acupuncture-plantar-fasciitis-treatment
insert into claims (id, statement, modality_id, condition_id, outcome, evidence_level, mechanism, finding, last_reviewed)
values ('acupuncture-plantar-fasciitis-treatment',
        'The consumer article states, without pointing to any research, that acupuncture is an effective treatment for plantar fasciitis, which it describes as a common running injury causing heel pain.',
        (select id from modalities where slug = 'acupuncture'),
        (select id from conditions where slug = 'plantar-fasciitis'),
        'pain-relief', 'practitioner-opinion',
        null,
        null,
        date '2026-11-23');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-plantar-fasciitis-treatment', 1, 'Stated in a general consumer article; no study is named.');
insert into claim_caveats (claim_id, position, text) values ('acupuncture-plantar-fasciitis-treatment', 2, 'The consumer article stresses that acupuncture does not replace seeing your regular doctor.');
insert into claim_sources (claim_id, source_id) values ('acupuncture-plantar-fasciitis-treatment', 'acupuncture-in-running');

-- ---------------------------------------------------------------------------------------------
-- Study-reported claims: neither article identifies any study it relies on. One caveat, worded the same on every
-- such claim, replaces the varied "not named or cited" caveats.
-- ---------------------------------------------------------------------------------------------

update claim_caveats
   set text = 'The source does not identify the study or research it refers to, and it was not checked here.'
 where position = 1
   and claim_id in ('acupuncture-muscle-balance', 'acupuncture-nitric-oxide-vasodilatation',
                    'cupping-blood-flow-research', 'cupping-immune-system', 'cupping-pain-relief',
                    'cupping-inflammation', 'acupuncture-runners-knee-pain-study',
                    'acupuncture-runners-knee-strength-study', 'acupuncture-back-pain-trials',
                    'acupuncture-chronic-pain-2012-study', 'acupuncture-plantar-fasciitis-effective');

-- The runner's-knee study, as the article describes it, looked at knee pain in runners (and, in the same study,
-- limb strength), not at runner's knee as diagnosed.
insert into claim_caveats (claim_id, position, text)
values ('acupuncture-runners-knee-pain-study', 2, 'As the article describes it, the study measured knee pain in runners; it does not say the runners had runner''s knee as diagnosed.');
insert into claim_caveats (claim_id, position, text)
values ('acupuncture-runners-knee-strength-study', 3, 'The article presents this as the same study of knee pain in runners; it does not say the athletes had runner''s knee as diagnosed.');

-- ---------------------------------------------------------------------------------------------
-- Performance claims: the consumer article's hedge on endurance and performance applies to every one of them.
-- ---------------------------------------------------------------------------------------------

update claim_caveats
   set text = 'The consumer article, Acupuncture in Running, says the evidence for acupuncture boosting endurance and performance "isn''t as strong".'
 where claim_id = 'acupuncture-endurance-performance'
   and position = 1;

insert into claim_caveats (claim_id, position, text)
values ('acupuncture-energy-levels', 2, 'The consumer article, Acupuncture in Running, says the evidence for acupuncture boosting endurance and performance "isn''t as strong".');
insert into claim_caveats (claim_id, position, text)
values ('acupuncture-stress-hormones-performance', 2, 'The consumer article, Acupuncture in Running, says the evidence for acupuncture boosting endurance and performance "isn''t as strong".');
insert into claim_caveats (claim_id, position, text)
values ('acupuncture-running-form', 2, 'The consumer article, Acupuncture in Running, says the evidence for acupuncture boosting endurance and performance "isn''t as strong".');
insert into claim_caveats (claim_id, position, text)
values ('acupuncture-nerve-function', 3, 'The consumer article, Acupuncture in Running, says the evidence for acupuncture boosting endurance and performance "isn''t as strong".');

-- ---------------------------------------------------------------------------------------------
-- Hamstring claims explained through needles placed along meridians carry the traditional-theory caveat.
-- ---------------------------------------------------------------------------------------------

insert into claim_caveats (claim_id, position, text)
values ('acupuncture-hamstring-pain', 2, 'Choosing points along meridians rests on traditional Chinese medicine ideas (qi, channels, stagnation, heat), not on measured findings.');
insert into claim_caveats (claim_id, position, text)
values ('acupuncture-hamstring-circulation', 2, 'Choosing points along meridians rests on traditional Chinese medicine ideas (qi, channels, stagnation, heat), not on measured findings.');
insert into claim_caveats (claim_id, position, text)
values ('acupuncture-hamstring-inflammation', 2, 'Choosing points along meridians rests on traditional Chinese medicine ideas (qi, channels, stagnation, heat), not on measured findings.');

-- ---------------------------------------------------------------------------------------------
-- Every existing claim changed above
-- ---------------------------------------------------------------------------------------------

update claims
   set updated_at = current_timestamp,
       version = version + 1,
       last_reviewed = date '2026-11-23'
 where id in ('acupuncture-chronic-pain-2012-study', 'acupuncture-achilles-inflammation',
              'acupuncture-muscle-balance', 'acupuncture-plantar-fasciitis-effective',
              'acupuncture-nitric-oxide-vasodilatation', 'cupping-blood-flow-research', 'cupping-immune-system',
              'cupping-pain-relief', 'cupping-inflammation', 'acupuncture-runners-knee-pain-study',
              'acupuncture-runners-knee-strength-study', 'acupuncture-back-pain-trials',
              'acupuncture-endurance-performance', 'acupuncture-energy-levels',
              'acupuncture-stress-hormones-performance', 'acupuncture-running-form', 'acupuncture-nerve-function',
              'acupuncture-hamstring-pain', 'acupuncture-hamstring-circulation',
              'acupuncture-hamstring-inflammation');
