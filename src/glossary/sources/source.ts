/** One page an entry may cite. */
export interface Source {
  organisation: string;
  title: string;
  /** The page's real address, checked when it was added: never invented. */
  url: string;
}
