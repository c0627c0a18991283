import { css } from '../shared/css.js';

/*
 * The sections, check your answers and the receipt, after GOV.UK's patterns
 * (task list, error summary, summary list, confirmation panel), drawn with
 * the element's colours. Every state says itself in words, never by colour
 * alone; focus is a thick ring that forced-colors mode keeps; widths give way
 * down to a 320 px screen; print shows the receipt without its buttons.
 */
export const sectionStyles = css`
  * {
    box-sizing: border-box;
  }
  .base {
    display: grid;
    gap: 1rem;
    min-inline-size: 0;
  }
  p,
  ul,
  dl,
  h2,
  h3,
  fieldset {
    margin: 0;
  }
  form {
    display: grid;
    gap: 1.25rem;
  }
  .heading {
    font-size: 1.5rem;
    line-height: 1.25;
  }
  .subheading {
    font-size: 1.1875rem;
    margin-block-start: 0.5rem;
  }
  .caption,
  .hint,
  .optional {
    color: var(--_muted);
  }
  .optional {
    font-weight: 400;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  a:focus-visible,
  button:focus-visible,
  .input:focus,
  .file-input:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_text);
  }
  a:focus-visible {
    background: var(--_focus);
    color: #0b0c0c;
    text-decoration: none;
    box-shadow: 0 4px var(--_text);
    outline: none;
  }
  [tabindex='-1']:focus:not(:focus-visible),
  .heading:focus,
  .panel-title:focus {
    outline: none;
    box-shadow: none;
  }
  .back-link {
    justify-self: start;
  }
  .privacy,
  .inset {
    padding: 0.75rem 1rem;
    border-inline-start: 0.3125rem solid var(--_border);
  }
  .privacy {
    display: grid;
    gap: 0.375rem;
  }
  .progress-count {
    font-weight: 600;
  }
  .task-list {
    list-style: none;
    padding: 0;
    border-block-start: 1px solid var(--_border);
  }
  .task {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem 1rem;
    padding-block: 0.75rem;
    border-block-end: 1px solid var(--_border);
  }
  .task-link,
  .task-name {
    font-weight: 600;
    min-inline-size: 0;
  }
  .tag {
    display: inline-block;
    padding: 0.125rem 0.5rem;
    font-size: 0.875rem;
    font-weight: 600;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
  }
  .tag-completed {
    color: var(--_success);
  }
  .tag-inProgress {
    color: var(--_primary);
  }
  .tag-notStarted,
  .tag-cannotStart {
    color: var(--_muted);
  }
  .field {
    display: grid;
    gap: 0.375rem;
    border: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .has-error {
    padding-inline-start: 0.75rem;
    border-inline-start: 0.3125rem solid var(--_error);
  }
  label,
  legend {
    font-weight: 600;
  }
  legend {
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .group {
    display: grid;
    gap: 1rem;
    border: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .group-legend {
    font-size: 1.1875rem;
    margin-block-end: 0.5rem;
  }
  .item {
    display: grid;
    gap: 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .input {
    inline-size: 100%;
    min-block-size: 2.5rem;
    padding: 0.375rem 0.5rem;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_text);
    border-radius: 0;
  }
  .input.medium {
    max-inline-size: 20em;
  }
  .input.short {
    max-inline-size: 10em;
  }
  .has-error > .input,
  .input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  textarea.input {
    resize: vertical;
  }
  .error-message {
    font-weight: 600;
    color: var(--_error);
  }
  .choices {
    display: grid;
    gap: 0.5rem;
  }
  .choice {
    display: grid;
    grid-template-columns: 1.5rem 1fr;
    align-items: start;
    column-gap: 0.5rem;
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_primary);
  }
  .choice input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .choice label {
    font-weight: 400;
  }
  .choice-hint,
  .choice .error-message {
    grid-column: 2;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
  button {
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    font: inherit;
    font-weight: 600;
    border-radius: var(--_radius);
    cursor: pointer;
    border: 2px solid transparent;
  }
  .primary {
    color: var(--thidua-color-on-primary, #fff);
    background: var(--_success);
    box-shadow: 0 2px 0 #002d18;
  }
  .secondary {
    color: var(--_text);
    background: color-mix(in srgb, var(--_text) 5%, var(--_surface));
    border-color: var(--_border);
  }
  .warning {
    color: var(--thidua-color-on-primary, #fff);
    background: var(--_error);
  }
  .link-button {
    min-block-size: 2.75rem;
    padding: 0.25rem 0.5rem;
    color: var(--_primary);
    background: none;
    text-decoration: underline;
    font-weight: 400;
  }
  .error-summary {
    display: grid;
    gap: 0.5rem;
    padding: 1rem;
    border: 0.3125rem solid var(--_error);
  }
  .error-summary-title {
    font-size: 1.1875rem;
  }
  .error-summary-list {
    padding-inline-start: 1.25rem;
  }
  .error-summary-list a {
    color: var(--_error);
    font-weight: 600;
  }
  .banner {
    display: grid;
    gap: 0.5rem;
    padding: 1rem;
    border: 0.3125rem solid var(--_primary);
  }
  .banner.warning {
    color: var(--_text);
    background: var(--_surface);
    border-color: var(--_error);
  }
  /* The return's reasons: the banner's bar; the reasons a summary list inside it. */
  .returned .summary-list {
    margin: 0;
  }
  .banner-title {
    font-size: 1.1875rem;
  }
  .save-status {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
    color: var(--_muted);
    min-block-size: 1.5rem;
  }
  .file-field {
    padding: 0.75rem;
    border: 2px dashed var(--_border);
  }
  .file-field.has-error {
    border-color: var(--_error);
    border-inline-start-width: 0.3125rem;
    border-inline-start-style: solid;
  }
  .file-field.dragging {
    border-style: solid;
    border-color: var(--_primary);
  }
  .file-input {
    max-inline-size: 100%;
    font: inherit;
  }
  .file-list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  .file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    overflow-wrap: anywhere;
  }
  .file progress {
    inline-size: 10rem;
    max-inline-size: 100%;
  }
  .summary-list {
    display: grid;
    border-block-start: 1px solid var(--_border);
  }
  .summary-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem;
    padding-block: 0.625rem;
    border-block-end: 1px solid var(--_border);
  }
  @container (min-width: 40rem) {
    .summary-row {
      grid-template-columns: 14rem minmax(0, 1fr) auto;
      gap: 1rem;
    }
  }
  .summary-key {
    font-weight: 600;
  }
  .summary-value,
  .summary-actions {
    margin: 0;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  .plain {
    list-style: none;
    padding: 0;
  }
  .panel {
    display: grid;
    gap: 0.75rem;
    padding: 1.5rem;
    text-align: center;
    color: var(--thidua-color-on-primary, #fff);
    background: var(--_success);
    border: 5px solid transparent;
  }
  .panel-title {
    font-size: 1.75rem;
  }
  .reference {
    font-size: 1.5rem;
    letter-spacing: 0.02em;
    overflow-wrap: anywhere;
  }
  .error-box {
    display: grid;
    gap: 0.25rem;
  }
  section.base {
    container-type: inline-size;
  }
  @media (forced-colors: active) {
    .tag,
    .has-error,
    .error-summary,
    .banner,
    .panel,
    .file-field,
    .item {
      border-color: CanvasText;
    }
    .panel,
    .primary,
    .warning {
      forced-color-adjust: none;
      color: CanvasText;
      background: Canvas;
      border: 2px solid CanvasText;
    }
    a:focus-visible,
    button:focus-visible,
    .input:focus {
      outline: 3px solid Highlight;
    }
  }
  @media print {
    .no-print,
    .save-status,
    .back-link,
    button {
      display: none !important;
    }
    .panel {
      color: #000;
      background: none;
      border: 2px solid #000;
    }
  }
`;
