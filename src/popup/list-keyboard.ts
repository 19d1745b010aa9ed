/**
 * Arrow-key movement through a list of buttons (the popup's term lists), so nobody has to
 * Tab through two hundred terms. Home/End jump to the ends; Arrow Up from the first item
 * returns to the search box.
 */
export function moveFocusInList(e: KeyboardEvent, list: HTMLElement, search: HTMLElement): boolean {
  if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return false;
  const items = Array.from(list.querySelectorAll<HTMLElement>('button'));
  if (items.length === 0) return false;
  const doc = list.ownerDocument;
  const at = items.indexOf(doc.activeElement as HTMLElement);
  if (doc.activeElement === search) {
    if (e.key !== 'ArrowDown') return false;
    items[0]!.focus();
    return true;
  }
  if (at === -1) return false;
  let next: HTMLElement | undefined;
  if (e.key === 'Home') next = items[0];
  else if (e.key === 'End') next = items[items.length - 1];
  else if (e.key === 'ArrowDown') next = items[Math.min(at + 1, items.length - 1)];
  else next = at === 0 ? search : items[at - 1];
  next?.focus();
  return true;
}
