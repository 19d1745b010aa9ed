/** The sources of the first glossary: organisations and pages from the research notes (shared/research/dystonia-terms.md). */
import type { Source } from './source';

export const coreSources = {
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
    title: 'Dystonia: symptoms and causes',
    url: 'https://www.mayoclinic.org/diseases-conditions/dystonia/symptoms-causes/syc-20350480',
  },
  // Review row B20: the treatment facts are on Mayo's separate diagnosis-and-treatment page.
  'mayo-dystonia-treatment': {
    organisation: 'Mayo Clinic',
    title: 'Dystonia: diagnosis and treatment',
    url: 'https://www.mayoclinic.org/diseases-conditions/dystonia/diagnosis-treatment/drc-20350484',
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
    title: 'ATP1A3-related neurologic disorders (including rapid-onset dystonia-parkinsonism)',
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
  // Added for glossary v2 (issue #10): verified with the search tool (NHS page through a mirror that names it; the guide through PubMed 24304390).
  'nhs-dystonia': {
    organisation: 'NHS',
    title: 'Dystonia',
    url: 'https://www.nhs.uk/conditions/dystonia/',
  },
  'allen-2014-status-dystonicus': {
    organisation: 'Allen et al., Developmental Medicine & Child Neurology 2014',
    title: 'Status dystonicus: a practice guide',
    url: 'https://doi.org/10.1111/dmcn.12339',
  },
} as const satisfies Record<string, Source>;
