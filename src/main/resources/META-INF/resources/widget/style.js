/**
 * The components' shared stylesheet. Every colour, the font, spacing and corner radius come from CSS custom
 * properties a host page may set (they inherit into the shadow roots); the defaults meet WCAG 2.2 AA contrast.
 * Named parts (::part) let a host restyle single pieces.
 */

const CSS = `
:host {
  --_text: var(--injury-text, #1d2329);
  --_muted: var(--injury-muted, #4b5563);
  --_background: var(--injury-background, #ffffff);
  --_surface: var(--injury-surface, #f3f5f7);
  --_border: var(--injury-border, #6b7280);
  --_rule: var(--injury-rule, #d0d7de);
  --_accent: var(--injury-accent, #0a58a8);
  --_on-accent: var(--injury-on-accent, #ffffff);
  --_error: var(--injury-error, #a4161a);
  --_highlight: var(--injury-highlight, #e3edfb);
  --_radius: var(--injury-radius, 6px);
  --_gap: var(--injury-gap, 1rem);
  display: block;
  color: var(--_text);
  font-family: var(--injury-font, system-ui, sans-serif);
  font-size: var(--injury-font-size, 1rem);
  line-height: 1.5;
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
.container {
  background: var(--_background);
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  padding: var(--_gap);
}
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 0 0 0.5rem; font-size: 1em; }
.title { font-size: 1.375em; }
.section-title { font-size: 1.125em; }
.container > :first-child { margin-top: 0; }
section { margin-top: var(--_gap); }
p, ul, ol, dl { margin: 0 0 0.5rem; }
ul, ol { padding-left: 1.25rem; }
a { color: var(--_accent); }
.muted, .detail, .aliases, .reviewed, .cited, .snippet, .matched { color: var(--_muted); }
.detail, .cited, .snippet, .matched, .caveats, .legend dd, .reviewed { font-size: 0.875em; }
button {
  font: inherit;
  color: var(--_on-accent);
  background: var(--_accent);
  border: 1px solid var(--_accent);
  border-radius: var(--_radius);
  padding: 0.25rem 0.75rem;
  cursor: pointer;
}
button.link {
  color: var(--_accent);
  background: none;
  border: none;
  padding: 0;
  text-align: left;
  text-decoration: underline;
  font-weight: 600;
}
:focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
.disclaimer {
  background: var(--_surface);
  border-left: 4px solid var(--_accent);
  padding: 0.5rem 0.75rem;
  font-size: 0.875em;
}
.status[data-state="error"] { color: var(--_error); }
.status[data-state="error"] .detail { color: var(--_muted); }
.status button { margin-top: 0.25rem; }
.badge {
  display: inline-block;
  border-radius: 999px;
  padding: 0 0.5rem;
  font-size: 0.8125em;
  font-weight: 600;
  white-space: nowrap;
}
.badge[data-level="study-reported"] {
  color: var(--injury-badge-study-text, #0b3d91); background: var(--injury-badge-study-background, #e3edfb);
}
.badge[data-level="practitioner-opinion"] {
  color: var(--injury-badge-practitioner-text, #6b3a00);
  background: var(--injury-badge-practitioner-background, #fdf0d5);
}
.badge[data-level="traditional-theory"] {
  color: var(--injury-badge-traditional-text, #4a2a8a);
  background: var(--injury-badge-traditional-background, #efe8fb);
}
.badge[data-level="weak"] {
  color: var(--injury-badge-weak-text, #8a1c1c); background: var(--injury-badge-weak-background, #fbe4e4);
}
.badge:not([data-level]) { color: var(--_text); background: var(--_surface); }
.claims { list-style: none; padding: 0; }
.claims > li { border-left: 3px solid var(--_rule); padding: 0 0 0 0.75rem; margin-bottom: 1rem; }
.claims .statement { margin-bottom: 0.25rem; }
.evidence { margin-bottom: 0.25rem; }
.label { font-weight: 600; }
.caveats-label { font-size: 0.875em; margin: 0; }
.legend dt { margin-top: 0.5rem; }
.legend dd { margin: 0.125rem 0 0; }
.regions { columns: 14rem; column-gap: var(--_gap); margin-top: var(--_gap); }
.regions:empty { display: none; }
fieldset {
  break-inside: avoid;
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  margin: 0 0 0.75rem;
  padding: 0.25rem 0.75rem 0.5rem;
}
legend { font-weight: 600; padding: 0 0.25rem; }
fieldset label { display: flex; gap: 0.5rem; align-items: baseline; padding: 0.125rem 0; }
input[type="checkbox"] { accent-color: var(--_accent); width: 1.05rem; height: 1.05rem; flex: none; }
.results > li { margin-bottom: 0.5rem; }
button.link[aria-expanded]::after { content: " \\25B8" / ""; }
button.link[aria-expanded="true"]::after { content: " \\25BE" / ""; }
.results injury-card, .chosen { margin-top: 0.5rem; }
.actions { margin-bottom: var(--_gap); }
.combobox { position: relative; }
label.search-label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
input[type="search"] {
  font: inherit;
  width: 100%;
  color: var(--_text);
  background: var(--_background);
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  padding: 0.5rem 0.75rem;
}
[role="listbox"] {
  list-style: none;
  margin: 0.25rem 0 0;
  padding: 0.25rem 0;
  background: var(--_background);
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
}
[role="option"] { padding: 0.375rem 0.75rem; cursor: pointer; }
[role="option"] .name { display: block; font-weight: 600; }
[role="option"][aria-selected="true"] {
  background: var(--_highlight);
  box-shadow: inset 4px 0 0 var(--_accent);
}
[role="option"]:hover { background: var(--_highlight); }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
`;

let shared = null;

/** Gives a shadow root the shared stylesheet: one constructed sheet for every component, or a style element. */
export function adoptStyles(root) {
  if ('adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(CSS);
    }
    root.adoptedStyleSheets = [shared];
  } else {
    const style = document.createElement('style');
    style.textContent = CSS;
    root.append(style);
  }
}
