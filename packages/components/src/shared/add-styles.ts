import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

/**
 * Adds a style sheet to a rendered shadow root: how a part loaded later (the
 * detailed variant, the error state) brings its CSS without a `<style>`
 * element, which a strict CSP would block.
 */
export function addStyles(root: ShadowRoot, styles: CSSResult): void {
  // Without constructable sheets Lit appends <style> elements, so the new one is simply added.
  adoptStyles(root, supportsAdoptingStyleSheets ? [...root.adoptedStyleSheets, styles] : [styles]);
}
