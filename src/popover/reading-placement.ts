/**
 * Where an explanation goes so that it never hides what is being read (issue #14): never
 * over the term's own line or the line after it. Pure (numbers in, a box out): the popover
 * measures the page (reading-lines.ts) and hands the box to @floating-ui/dom.
 *
 * Beside the term: to the left or right of the text column when the window has room there
 * (nothing of the line is covered at any height), else below the next line or above the
 * term's line, capped to the room on that side. Docked: a panel at the window's right or
 * left edge when it clears the column, else at the bottom or top edge, whichever clears the
 * two lines; it stays put as terms are opened.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type PlacementSide = 'right' | 'left' | 'bottom' | 'top';
export type PlacementMode = 'beside' | 'docked';

export interface ReadingPlacementInput {
  viewport: { width: number; height: number };
  /** The term's boxes together (every line it spans). */
  term: Rect;
  /** The bottom of the line after the term's (its next line of text, wherever that is). */
  nextLineBottom: number;
  /** The text column the term's line runs across (its block's left and right). */
  column: { left: number; right: number };
  /** The size the explanation would take with room to spare. */
  preferred: { width: number; height: number };
  /** The narrowest explanation worth putting beside the column, and the shortest one worth showing at all. */
  minWidth: number;
  minHeight: number;
  /** Space between the reading and the explanation, and between the explanation and the window's edge. */
  gap: number;
  padding: number;
  mode: PlacementMode;
  /** The side used last time: kept while it still fits, so scrolling does not make it jump. */
  previous?: PlacementSide;
}

export interface ReadingPlacement {
  side: PlacementSide;
  /** The largest the explanation may be there. */
  maxWidth: number;
  maxHeight: number;
  /** What it keeps clear of. */
  band: Rect;
  /**
   * False only when the window is too small to show even `minHeight` clear of both lines
   * (400% zoom on a short window): the explanation then keeps clear of the term's own line
   * only, and overlaps the next.
   */
  clearsNextLine: boolean;
}

/** The stretch of the page that must stay visible: the term's line and the next, across the column. */
export function readingBand(input: Pick<ReadingPlacementInput, 'term' | 'nextLineBottom' | 'column'>): Rect {
  return {
    left: Math.min(input.column.left, input.term.left),
    right: Math.max(input.column.right, input.term.right),
    top: input.term.top,
    bottom: Math.max(input.term.bottom, input.nextLineBottom),
  };
}

/** The most of the window's height a panel docked at the top or bottom takes. */
const DOCKED_SHARE = 0.45;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, Math.max(min, max)));

interface Room {
  side: PlacementSide;
  /** Width and height available on that side. */
  width: number;
  height: number;
}

function roomAround(input: ReadingPlacementInput, band: Rect): Record<PlacementSide, Room> {
  const { viewport: vp, gap, padding } = input;
  const fullHeight = vp.height - 2 * padding;
  const fullWidth = vp.width - 2 * padding;
  return {
    right: { side: 'right', width: vp.width - padding - (band.right + gap), height: fullHeight },
    left: { side: 'left', width: band.left - gap - padding, height: fullHeight },
    bottom: { side: 'bottom', width: fullWidth, height: vp.height - padding - (band.bottom + gap) },
    top: { side: 'top', width: fullWidth, height: band.top - gap - padding },
  };
}

function chooseSide(input: ReadingPlacementInput, room: Record<PlacementSide, Room>): PlacementSide | null {
  const { preferred, minWidth, minHeight, previous } = input;
  const besideFits = (r: Room) => r.width >= minWidth && r.height >= minHeight;
  const verticalFits = (r: Room) => r.height >= Math.min(preferred.height, minHeight);
  const fits = (side: PlacementSide) => (side === 'left' || side === 'right' ? besideFits(room[side]) : verticalFits(room[side]));
  // Beside the column first: it covers nothing of the reading, whatever its height.
  const beside = [room.right, room.left].filter(besideFits).sort((a, b) => b.width - a.width)[0];
  const isBeside = (side: PlacementSide) => side === 'left' || side === 'right';
  if (previous && fits(previous) && (isBeside(previous) || !beside)) return previous;
  if (beside) return beside.side;
  // Then below the next line if the whole explanation fits there, else above, else the roomier.
  if (room.bottom.height >= preferred.height) return 'bottom';
  if (room.top.height >= preferred.height) return 'top';
  const roomier = room.bottom.height >= room.top.height ? room.bottom : room.top;
  return verticalFits(roomier) ? roomier.side : null;
}

function limitsOn(input: ReadingPlacementInput, room: Room): { maxWidth: number; maxHeight: number } {
  const vertical = room.side === 'top' || room.side === 'bottom';
  // A panel docked along the top or bottom keeps most of the window for the page.
  const maxHeight = input.mode === 'docked' && vertical ? Math.min(room.height, DOCKED_SHARE * input.viewport.height) : room.height;
  const maxWidth = input.mode === 'docked' && vertical ? room.width : Math.min(input.preferred.width, room.width);
  return { maxWidth: Math.max(0, Math.floor(maxWidth)), maxHeight: Math.max(0, Math.floor(maxHeight)) };
}

export function placeExplanation(input: ReadingPlacementInput): ReadingPlacement {
  const band = readingBand(input);
  const room = roomAround(input, band);
  const side = chooseSide(input, room);
  if (side) return { side, ...limitsOn(input, room[side]), band, clearsNextLine: true };
  // Too small a window for both lines: keep the term's own line clear at least.
  const ownLine = { ...band, bottom: input.term.bottom };
  const tight = roomAround(input, ownLine);
  const roomier = tight.bottom.height >= tight.top.height ? tight.bottom : tight.top;
  return { side: roomier.side, ...limitsOn(input, roomier), band: ownLine, clearsNextLine: false };
}

/**
 * The explanation's top-left corner once its real size is known (at most the placement's
 * limits): against the band on the chosen side, or at the window's edge when docked; along
 * the other axis, level with the term, kept inside the window.
 */
/** How far along its edge the arrow's middle sits at the least: its corner padding plus half its size (popover.css). */
const ARROW_REACH = 20;

export function explanationPosition(
  placement: ReadingPlacement,
  input: Pick<ReadingPlacementInput, 'viewport' | 'term' | 'gap' | 'padding' | 'mode'>,
  size: { width: number; height: number },
): { x: number; y: number } {
  const { viewport: vp, term, gap, padding, mode } = input;
  const { band, side } = placement;
  const docked = mode === 'docked';
  // Started a little before the term, so the arrow (kept clear of the rounded corners) can point at its middle.
  const alongX = clamp(docked ? (vp.width - size.width) / 2 : term.left - ARROW_REACH, padding, vp.width - padding - size.width);
  const alongY = clamp(docked ? padding : term.top - ARROW_REACH, padding, vp.height - padding - size.height);
  switch (side) {
    case 'right':
      return { x: docked ? vp.width - padding - size.width : band.right + gap, y: alongY };
    case 'left':
      return { x: docked ? padding : band.left - gap - size.width, y: alongY };
    case 'bottom':
      return { x: alongX, y: docked ? vp.height - padding - size.height : band.bottom + gap };
    case 'top':
      return { x: alongX, y: docked ? padding : band.top - gap - size.height };
  }
}
