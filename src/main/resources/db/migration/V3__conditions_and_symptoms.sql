-- Conditions, their aliases and warning signs, symptoms, and the condition-symptom links.
-- All wording is drawn from the two source articles (see V2) and paraphrased; nothing is added
-- that the articles do not say.

-- ---------------------------------------------------------------------------------------------
-- Conditions
-- ---------------------------------------------------------------------------------------------

insert into conditions (slug, name, body_region, summary, description, last_reviewed)
values ('runners-knee',
        'Runner''s knee',
        'knee',
        'A knee complaint of runners, felt mainly as a dull ache around the knee.',
        'The practitioner article describes runner''s knee as a dull feeling around the knee, which may be sore when touched. It can hurt while sitting or while running, and some people hear the kneecap click, grind or rub. Both articles list it among the knee problems for which runners turn to acupuncture.',
        date '2026-11-21');

insert into conditions (slug, name, body_region, summary, description, last_reviewed)
values ('patellar-tendinitis',
        'Patellar tendinitis',
        'knee',
        'A knee injury that the consumer article names, next to runner''s knee, among the knee problems acupuncture may help manage.',
        'Patellar tendinitis (spelled patellar tendonitis in the source) is listed as one of several knee injuries that runners may bring to an acupuncturist. The articles give no further detail about it; in general terms the consumer article explains tendinitis as a tendon that has become irritated.',
        date '2026-11-21');

insert into conditions (slug, name, body_region, summary, description, last_reviewed)
values ('it-band-syndrome',
        'IT band syndrome',
        'knee',
        'A common running injury that causes pain on the outer side of the knee or thigh.',
        'The practitioner article explains that the pain arises where the iliotibial band (ITB), a large band of fascia, is stretched narrowly close to the knee, and that friction between the band and the bone can lead to inflammation. It is described as affecting runners of every level, women as well as men.',
        date '2026-11-21');

insert into conditions (slug, name, body_region, summary, description, last_reviewed)
values ('hamstring-injury',
        'Hamstring injury',
        'thigh',
        'An injury to the hamstring, the muscle group at the back of the thigh, that can make running or walking painful.',
        'The practitioner article calls a hamstring injury a frequent problem for runners, from serious athletes to people who play sport casually, and says it can badly affect performance. When running or walking hurts, everyday activity can be sharply restricted. A strained hamstring is given as one example.',
        date '2026-11-21');

insert into conditions (slug, name, body_region, summary, description, last_reviewed)
values ('achilles-tendinopathy',
        'Achilles tendinopathy',
        'lower-leg',
        'Inflammation of the Achilles tendon, often brought on by overuse.',
        'The consumer article describes Achilles tendonitis as inflammation of the Achilles tendon that is frequently caused by overuse. The practitioner article uses both the terms Achilles tendonitis and Achilles tendinopathy, and warns that tight scar tissue can form and lead to more pain and injury.',
        date '2026-11-21');

insert into conditions (slug, name, body_region, summary, description, last_reviewed)
values ('plantar-fasciitis',
        'Plantar fasciitis',
        'foot',
        'A frequent running injury that causes pain in the heel.',
        'Both articles name plantar fasciitis as a running injury, and the consumer article describes it as a common source of heel pain. The practitioner article links its treatment to easing tightness in the calf muscles, the tendons and the plantar fascia.',
        date '2026-11-21');

insert into conditions (slug, name, body_region, summary, description, last_reviewed)
values ('shin-splints',
        'Shin splints',
        'lower-leg',
        'Pain running along the shin bone, a frequent complaint among runners.',
        'The consumer article describes shin splints as pain felt along the shin bone and notes that they are common in runners. It lists them among the problems acupuncture is often used for.',
        date '2026-11-21');

insert into conditions (slug, name, body_region, summary, description, last_reviewed)
values ('low-back-pain',
        'Low back pain',
        'lower-back',
        'Back pain linked with running, one of the common complaints the practitioner article discusses.',
        'The practitioner article names back pain as one of the injuries that can come with running and says many of his patients have got over running-related back pain. It adds that suitable exercise and stretching matter for keeping the back healthy. The articles do not describe symptoms beyond the pain itself.',
        date '2026-11-21');

insert into conditions (slug, name, body_region, summary, description, last_reviewed)
values ('muscle-soreness',
        'Muscle soreness',
        'general',
        'Sore and tight muscles, which the consumer article lists among the complaints acupuncture is commonly used for.',
        'The consumer article names muscle soreness and tightness among the running problems acupuncture is often used for and connects it with recovery after workouts. The practitioner article describes related muscle knots (trigger points): small groups of muscle fibres that become irritated and tight, can hurt, limit flexibility and pull on muscles and tendons to cause referred pain.',
        date '2026-11-21');

insert into conditions (slug, name, body_region, summary, description, last_reviewed)
values ('tendinitis',
        'Tendinitis',
        'general',
        'A problem in which a tendon becomes irritated; the consumer article lists it among the conditions acupuncture is often used for.',
        'The consumer article defines tendinitis simply as tendons getting irritated and names it, with muscle pain, as a running problem where acupuncture may be a helpful addition to care. The practitioner article lists tendonitis among the running injuries acupuncture helps runners get over. Achilles tendinopathy and patellar tendinitis have their own entries.',
        date '2026-11-21');

-- ---------------------------------------------------------------------------------------------
-- Aliases: only other names or spellings that the articles themselves use
-- ---------------------------------------------------------------------------------------------

insert into condition_aliases (condition_id, position, alias)
values ((select id from conditions where slug = 'runners-knee'), 1, 'Runners'' knee');
insert into condition_aliases (condition_id, position, alias)
values ((select id from conditions where slug = 'runners-knee'), 2, 'Runners knee');

insert into condition_aliases (condition_id, position, alias)
values ((select id from conditions where slug = 'patellar-tendinitis'), 1, 'Patellar tendonitis');

insert into condition_aliases (condition_id, position, alias)
values ((select id from conditions where slug = 'it-band-syndrome'), 1, 'Iliotibial band syndrome');

insert into condition_aliases (condition_id, position, alias)
values ((select id from conditions where slug = 'hamstring-injury'), 1, 'Strained hamstring');

insert into condition_aliases (condition_id, position, alias)
values ((select id from conditions where slug = 'achilles-tendinopathy'), 1, 'Achilles tendonitis');

insert into condition_aliases (condition_id, position, alias)
values ((select id from conditions where slug = 'low-back-pain'), 1, 'Back pain');

insert into condition_aliases (condition_id, position, alias)
values ((select id from conditions where slug = 'tendinitis'), 1, 'Tendonitis');

-- ---------------------------------------------------------------------------------------------
-- When to see a doctor: the consumer article's advice, which applies to every condition
-- ---------------------------------------------------------------------------------------------

insert into condition_warning_signs (condition_id, position, text)
select id, 1, 'If the injury seems serious or the pain is significant, follow your regular doctor''s advice and use acupuncture only as a complement to it.'
from conditions;

insert into condition_warning_signs (condition_id, position, text)
select id, 2, 'Acupuncture does not replace seeing your own doctor.'
from conditions;

insert into condition_warning_signs (condition_id, position, text)
select id, 3, 'Talk to your healthcare provider before you begin acupuncture or a similar treatment.'
from conditions;

-- ---------------------------------------------------------------------------------------------
-- Symptoms
-- ---------------------------------------------------------------------------------------------

insert into symptoms (slug, name, description, body_region, last_reviewed)
values ('dull-knee-ache', 'Dull ache around the knee',
        'A dull, aching feeling around the knee, which the practitioner article gives as the main sign of runner''s knee.',
        'knee', date '2026-11-21');

insert into symptoms (slug, name, description, body_region, last_reviewed)
values ('knee-tender-to-touch', 'Knee tender to the touch',
        'The area around the knee may feel sore when it is pressed or touched.',
        'knee', date '2026-11-21');

insert into symptoms (slug, name, description, body_region, last_reviewed)
values ('knee-pain-sitting-or-running', 'Knee pain when sitting or running',
        'Pain in the knee that comes on while sitting or during a run.',
        'knee', date '2026-11-21');

insert into symptoms (slug, name, description, body_region, last_reviewed)
values ('kneecap-clicking-grinding', 'Clicking or grinding kneecap',
        'Hearing the kneecap click, grind or rub.',
        'knee', date '2026-11-21');

insert into symptoms (slug, name, description, body_region, last_reviewed)
values ('knee-pain', 'Knee pain',
        'Pain in or around the knee. The articles mention it with runner''s knee, patellar tendonitis and other knee injuries, and on the outer side of the knee with IT band syndrome.',
        'knee', date '2026-11-21');

insert into symptoms (slug, name, description, body_region, last_reviewed)
values ('outer-knee-pain', 'Pain on the outside of the knee',
        'Pain on the outer side of the knee, described for IT band syndrome, where the iliotibial band is stretched close to the knee.',
        'knee', date '2026-11-21');

insert into symptoms (slug, name, description, body_region, last_reviewed)
values ('outer-thigh-pain', 'Outer thigh pain',
        'Pain along the outer side of the thigh, which the consumer article includes in its description of IT band syndrome.',
        'thigh', date '2026-11-21');

insert into symptoms (slug, name, description, body_region, last_reviewed)
values ('achilles-tendon-inflammation', 'Inflamed Achilles tendon',
        'Inflammation of the Achilles tendon, often the result of overuse, as described for Achilles tendonitis.',
        'lower-leg', date '2026-11-21');

insert into symptoms (slug, name, description, body_region, last_reviewed)
values ('heel-pain', 'Heel pain',
        'Pain in the heel, the complaint the consumer article associates with plantar fasciitis.',
        'foot', date '2026-11-21');

insert into symptoms (slug, name, description, body_region, last_reviewed)
values ('shin-pain', 'Pain along the shin bone',
        'Pain felt along the shin bone, which is how the consumer article describes shin splints.',
        'lower-leg', date '2026-11-21');

insert into symptoms (slug, name, description, body_region, last_reviewed)
values ('back-of-thigh-pain', 'Pain at the back of the thigh',
        'Pain in the hamstring, the muscle group at the back of the thigh.',
        'thigh', date '2026-11-21');

insert into symptoms (slug, name, description, body_region, last_reviewed)
values ('painful-running-or-walking', 'Pain when running or walking',
        'Running or walking hurts, which can sharply restrict activity; described for hamstring injuries.',
        'thigh', date '2026-11-21');

insert into symptoms (slug, name, description, body_region, last_reviewed)
values ('back-pain', 'Back pain',
        'Pain in the back, which the practitioner article connects with running.',
        'lower-back', date '2026-11-21');

insert into symptoms (slug, name, description, body_region, last_reviewed)
values ('sore-muscles', 'Sore muscles',
        'Muscles that ache or feel sore, for example after workouts.',
        'general', date '2026-11-21');

insert into symptoms (slug, name, description, body_region, last_reviewed)
values ('muscle-tightness', 'Muscle tightness',
        'Muscles that feel tight or tense. The articles mention tight muscles around the knee joint and general muscle tension that affects how freely joints move.',
        'general', date '2026-11-21');

insert into symptoms (slug, name, description, body_region, last_reviewed)
values ('irritated-tendon', 'Irritated tendon',
        'A tendon that has become irritated, which is how the consumer article defines tendinitis.',
        'general', date '2026-11-21');

insert into symptoms (slug, name, description, body_region, last_reviewed)
values ('joint-swelling', 'Joint swelling',
        'Swelling in a joint, one of the visible signs of inflammation after an injury.',
        'general', date '2026-11-21');

insert into symptoms (slug, name, description, body_region, last_reviewed)
values ('joint-redness', 'Joint redness',
        'Redness over a joint, another sign of inflammation after an injury.',
        'general', date '2026-11-21');

insert into symptoms (slug, name, description, body_region, last_reviewed)
values ('joint-heat', 'Warm joint',
        'A joint that feels hot, a sign of inflammation after an injury; acupuncture theory reads it as heat and stagnation.',
        'general', date '2026-11-21');

insert into symptoms (slug, name, description, body_region, last_reviewed)
values ('muscle-knots', 'Muscle knots (trigger points)',
        'Small groups of muscle fibres that become irritated and tighten into painful knots, known as trigger points.',
        'general', date '2026-11-21');

insert into symptoms (slug, name, description, body_region, last_reviewed)
values ('referred-pain', 'Referred pain',
        'Pain that arises when trigger points tug on muscles and tendons, which the practitioner article calls referred pain.',
        'general', date '2026-11-21');

insert into symptoms (slug, name, description, body_region, last_reviewed)
values ('reduced-flexibility', 'Reduced flexibility',
        'Less flexibility than usual, which the practitioner article attributes to muscle knots and mentions as something treatment aims to improve in Achilles tendinopathy.',
        'general', date '2026-11-21');

-- ---------------------------------------------------------------------------------------------
-- Condition-symptom links
-- ---------------------------------------------------------------------------------------------

-- runner's knee
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'runners-knee'), (select id from symptoms where slug = 'dull-knee-ache'));
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'runners-knee'), (select id from symptoms where slug = 'knee-tender-to-touch'));
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'runners-knee'), (select id from symptoms where slug = 'knee-pain-sitting-or-running'));
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'runners-knee'), (select id from symptoms where slug = 'kneecap-clicking-grinding'));
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'runners-knee'), (select id from symptoms where slug = 'knee-pain'));
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'runners-knee'), (select id from symptoms where slug = 'muscle-tightness'));
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'runners-knee'), (select id from symptoms where slug = 'joint-swelling'));
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'runners-knee'), (select id from symptoms where slug = 'joint-redness'));
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'runners-knee'), (select id from symptoms where slug = 'joint-heat'));

-- patellar tendinitis
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'patellar-tendinitis'), (select id from symptoms where slug = 'knee-pain'));
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'patellar-tendinitis'), (select id from symptoms where slug = 'irritated-tendon'));

-- IT band syndrome
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'it-band-syndrome'), (select id from symptoms where slug = 'outer-knee-pain'));
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'it-band-syndrome'), (select id from symptoms where slug = 'outer-thigh-pain'));
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'it-band-syndrome'), (select id from symptoms where slug = 'knee-pain'));

-- hamstring injury
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'hamstring-injury'), (select id from symptoms where slug = 'back-of-thigh-pain'));
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'hamstring-injury'), (select id from symptoms where slug = 'painful-running-or-walking'));

-- Achilles tendinopathy
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'achilles-tendinopathy'), (select id from symptoms where slug = 'achilles-tendon-inflammation'));
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'achilles-tendinopathy'), (select id from symptoms where slug = 'irritated-tendon'));
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'achilles-tendinopathy'), (select id from symptoms where slug = 'reduced-flexibility'));

-- plantar fasciitis
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'plantar-fasciitis'), (select id from symptoms where slug = 'heel-pain'));

-- shin splints
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'shin-splints'), (select id from symptoms where slug = 'shin-pain'));

-- low back pain
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'low-back-pain'), (select id from symptoms where slug = 'back-pain'));

-- muscle soreness
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'muscle-soreness'), (select id from symptoms where slug = 'sore-muscles'));
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'muscle-soreness'), (select id from symptoms where slug = 'muscle-tightness'));
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'muscle-soreness'), (select id from symptoms where slug = 'muscle-knots'));
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'muscle-soreness'), (select id from symptoms where slug = 'referred-pain'));
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'muscle-soreness'), (select id from symptoms where slug = 'reduced-flexibility'));

-- tendinitis
insert into condition_symptoms (condition_id, symptom_id)
values ((select id from conditions where slug = 'tendinitis'), (select id from symptoms where slug = 'irritated-tendon'));
