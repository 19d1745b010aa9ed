/**
 * Sections of a page, for the "once per section" reading density: a section runs from one
 * heading to the next, in document order, whatever the markup nests (pages mark sections with
 * `<section>`, with `<div>`s, or not at all; headings are what every page has and what a
 * reader sees as the start of a section). Text before the first heading is one section.
 *
 * Finding a node's section walks back through previous siblings and up through parents to the
 * nearest heading. The answers are kept for the finder's lifetime (one highlighting pass, while
 * the DOM holds still), so a page of 1,000 paragraphs under no heading costs each node one step,
 * not a walk back to the top.
 */

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;

/** Whether `node` is (inside) a heading: headings are left alone in the calmer densities. */
export function isInHeading(node: Node): boolean {
  const element = isElement(node) ? node : node.parentElement;
  return element?.closest(HEADINGS) != null;
}

/** Up one level, crossing out of a shadow root to its host. */
function parentOf(node: Node): Node | null {
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : parent;
}

export class SectionFinder {
  /** Node → the heading in effect where the node starts (null: before any heading). */
  private readonly startOf = new Map<Node, Element | null>();
  private readonly lastHeading = new Map<Element, Element | null>();

  /** The heading whose section holds `node`; null for text before the page's first heading. */
  sectionOf(node: Node): Element | null {
    const path: Node[] = [];
    let found: Element | null = null;
    for (let current: Node | null = node; current;) {
      const known = this.startOf.get(current);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(current);
      const previous: ChildNode | null = current.previousSibling;
      if (previous) {
        const heading = isElement(previous) ? this.lastHeadingIn(previous) : null;
        if (heading) {
          found = heading;
          break;
        }
        current = previous;
        continue;
      }
      const parent = parentOf(current);
      if (parent && isElement(parent) && parent.matches(HEADINGS)) {
        found = parent;
        break;
      }
      current = parent;
    }
    // Every node on the way back starts in the same section: nothing between them held a heading.
    for (const n of path) this.startOf.set(n, found);
    return found;
  }

  /** The last heading in document order within `element`, itself included. */
  private lastHeadingIn(element: Element): Element | null {
    let heading = this.lastHeading.get(element);
    if (heading !== undefined) return heading;
    const inside = element.querySelectorAll(HEADINGS);
    heading = inside.length > 0 ? inside[inside.length - 1]! : element.matches(HEADINGS) ? element : null;
    this.lastHeading.set(element, heading);
    return heading;
  }
}
