/**
 * The words the widgets put on the API's enumeration values. WidgetLabelsTest checks that every value the
 * service can send has an entry here; a value added later still shows, under its raw name.
 */

/** Evidence levels of a claim, in order from most to least direct, each with a plain-words explanation. */
export const EVIDENCE_LEVELS = {
  'study-reported': {
    label: 'Study reported',
    explanation: 'The source points to research for this. The study is not identified, and nobody here has checked it.',
  },
  'practitioner-opinion': {
    label: 'Practitioner opinion',
    explanation: 'A practitioner says this from their own clinical experience; no study is named.',
  },
  'traditional-theory': {
    label: 'Traditional theory',
    explanation: 'Explained with ideas from traditional Chinese medicine, such as qi, meridians or stagnation, '
      + 'rather than with research.',
  },
  weak: {
    label: 'Weak evidence',
    explanation: 'The source itself says the evidence for this is weak or not strong.',
  },
};

/** Body regions, in the order the symptom checker shows them (head to foot, then general). */
export const BODY_REGIONS = {
  'lower-back': 'Lower back',
  hip: 'Hip',
  thigh: 'Thigh',
  knee: 'Knee',
  'lower-leg': 'Lower leg',
  foot: 'Foot',
  general: 'Anywhere in the body',
};

/** What sort of publication a source is. */
export const SOURCE_KINDS = {
  'practitioner-article': 'Practitioner article',
  'consumer-article': 'Consumer article',
  study: 'Study',
};

/** The entry for an evidence level, or a neutral one for a level this version does not know yet. */
export function evidenceLevel(value) {
  return EVIDENCE_LEVELS[value] ?? { label: value, explanation: 'An evidence level this widget does not describe yet.' };
}

/** A wire value's label from one of the tables above, or the value itself. */
export function label(table, value) {
  return table[value] ?? value;
}

/** An ISO date (2026-11-23) written out in the reader's language, or unchanged when it is not a date. */
export function formatDate(isoDate) {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) {
    return isoDate;
  }
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
