// Public surface of the draft review page.
export { DRAFT_EDITS_SCRIPT } from './draft-edits-script.js';
export { REVIEW_CSP, REVIEW_TITLE, renderReviewPage, type ReviewPageOptions } from './page.js';
export { reviewRouter, type ReviewOptions } from './router.js';
