/**
 * Text that breaks inside a word, checked in the page: in each element matching `selector`, a line that
 * ends between two letters of one word, or a word wider than its box. A plain function with no
 * test-runner types, for any browser driver; it returns the problems it found, as sentences.
 */
export function brokenWords(selector: string): string[] {
  const problems: string[] = [];
  for (const element of document.querySelectorAll<HTMLElement>(selector)) {
    const text = element.textContent ?? '';
    if (element.scrollWidth > element.clientWidth + 1)
      problems.push(`"${text}" is wider (${element.scrollWidth} px) than its box (${element.clientWidth} px)`);
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let previous: { top: number; char: string } | undefined;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.nodeValue ?? '';
      for (let i = 0; i < value.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        const char = value[i] ?? '';
        if (!rect) continue;
        // A new line that starts in the middle of a word: no space, no hyphen or dash before it.
        if (previous && rect.top > previous.top + 1 && /\S/.test(char) && !/[\s\-–—/]/.test(previous.char))
          problems.push(`"${text}" breaks inside a word, before "${value.slice(i, i + 8)}"`);
        previous = { top: rect.top, char };
      }
    }
  }
  return problems;
}
