// For the tests of screens and words: what a person reads on a rendered screen, and the English
// words that may not appear on a Dutch one (the browser tests' check in tests/e2e/helpers.js
// looks for the same words).

/** Words that are English and never Dutch, as whole words. */
export const englishWords = /\b(the|and|must|should|with|you|your|not|please|cannot)\b/i;

/** The text a person reads in rendered HTML, without what is marked as another language. */
export function visibleText(html: string): string {
  return html
    .replace(/<([a-z]+)[^>]*lang="en"[^>]*>.*?<\/\1>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");
}
