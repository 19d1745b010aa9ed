/**
 * The only sources an entry may cite: organisations and pages from the research notes
 * (shared/research/dystonia-terms.md). Entries refer to them by id, so a URL cannot be
 * mistyped or invented in an entry.
 */
export interface Source {
  organisation: string;
  title: string;
  url: string;
}

export const SOURCES = {
  'dmrf-what-is': {
    organisation: 'Dystonia Medical Research Foundation',
    title: 'What is dystonia',
    url: 'https://www.dystonia-foundation.org/dystonia-moves-me/what-is-dystonia',
  },
  'dmrf-oral-medications': {
    organisation: 'Dystonia Medical Research Foundation',
    title: 'Oral medications',
    url: 'https://www.dystonia-foundation.org/living-with-dystonia/oral-medications',
  },
  'dmrf-blepharospasm': {
    organisation: 'Dystonia Medical Research Foundation',
    title: 'Blepharospasm',
    url: 'https://www.dystonia-foundation.org/what-is-dystonia/forms-of-dystonia/focal-dystonias/blepharospasm',
  },
  'dystonia-uk-what-is': {
    organisation: 'Dystonia UK',
    title: 'What is dystonia',
    url: 'https://www.dystonia.org.uk/what-is-dystonia',
  },
  'dystonia-uk-drugs': {
    organisation: 'Dystonia UK',
    title: 'Drugs used for dystonia',
    url: 'https://www.dystonia.org.uk/drugs-used-for-dystonia',
  },
  'dystonia-uk-physiotherapy': {
    organisation: 'Dystonia UK',
    title: 'Physiotherapy',
    url: 'https://www.dystonia.org.uk/physiotherapy',
  },
  'dystonia-uk-symptoms': {
    organisation: 'Dystonia UK',
    title: 'Symptoms of dystonia',
    url: 'https://www.dystonia.org.uk/symptoms-of-dystonia',
  },
  'dystonia-ireland-glossary': {
    organisation: 'Dystonia Ireland',
    title: 'Glossary',
    url: 'https://www.dystonia.ie/about-dystonia/glossary/',
  },
  'mayo-dystonia': {
    organisation: 'Mayo Clinic',
    title: 'Dystonia',
    url: 'https://www.mayoclinic.org/diseases-conditions/dystonia/symptoms-causes/syc-20350480',
  },
  'cleveland-dystonia': {
    organisation: 'Cleveland Clinic',
    title: 'Dystonia',
    url: 'https://my.clevelandclinic.org/health/articles/6006-dystonias',
  },
  'medlineplus-early-onset': {
    organisation: 'MedlinePlus Genetics',
    title: 'Early-onset isolated dystonia',
    url: 'https://medlineplus.gov/genetics/condition/early-onset-primary-dystonia/',
  },
  'medlineplus-rdp': {
    organisation: 'MedlinePlus Genetics',
    title: 'Rapid-onset dystonia-parkinsonism',
    url: 'https://medlineplus.gov/genetics/condition/rapid-onset-dystonia-parkinsonism/',
  },
  'genereviews-dyt1': {
    organisation: 'GeneReviews (NCBI Bookshelf)',
    title: 'DYT1 / TOR1A dystonia',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK1492/',
  },
  'genereviews-rdp': {
    organisation: 'GeneReviews (NCBI Bookshelf)',
    title: 'Rapid-onset dystonia-parkinsonism',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK1115/',
  },
  'msd-dystonias': {
    organisation: 'MSD Manual',
    title: 'Dystonias',
    url: 'https://www.msdmanuals.com/home/brain-spinal-cord-and-nerve-disorders/movement-disorders/dystonias',
  },
  'albanese-2013': {
    organisation: 'Albanese et al., Movement Disorders 2013',
    title: 'Phenomenology and classification of dystonia: a consensus update',
    url: 'https://doi.org/10.1002/mds.25475',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
