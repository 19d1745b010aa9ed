/**
 * Sources for the types-and-classification entries (glossary v2). Each URL was checked with
 * the search tool against a stored copy of the page, or of a mirror or index page that names
 * exactly that address (or DOI) and title.
 */
import type { Source } from './source';

export const dystoniaTypeSources = {
  // MDS gene-based names (DYT-TOR1A, PxMD-PRRT2): locus numbers such as DYT1 are retired.
  'types-marras-2016': {
    organisation: 'Marras et al., Movement Disorders 2016',
    title:
      'Nomenclature of genetic movement disorders: recommendations of the International Parkinson and Movement Disorder Society task force',
    url: 'https://doi.org/10.1002/mds.26527',
  },
  'types-lange-2022': {
    organisation: 'Lange et al., Movement Disorders 2022',
    title:
      'Nomenclature of genetic movement disorders: recommendations of the International Parkinson and Movement Disorder Society task force – an update',
    url: 'https://doi.org/10.1002/mds.28982',
  },
  'types-mds-nomenclature-2022': {
    organisation: 'International Parkinson and Movement Disorder Society (Moving Along, 2022)',
    title: '2022 updates: nomenclature of genetic movement disorders',
    url: 'https://www.movementdisorders.org/MDS/Moving-Along/2022-issue-3/updates-genetic-nomenclature',
  },
  // The older four-group scheme (primary, dystonia-plus, secondary, heredodegenerative).
  'types-nonprimary-2011': {
    organisation: 'Handbook of Clinical Neurology, vol. 100, 2011',
    title: 'Nonprimary dystonias',
    url: 'https://doi.org/10.1016/B978-0-444-52014-2.00038-0',
  },
  'types-paroxysmal-genetics-2021': {
    organisation: 'de Gusmão et al., Frontiers in Neurology 2021',
    title: 'Paroxysmal genetic movement disorders and epilepsy',
    url: 'https://doi.org/10.3389/fneur.2021.648031',
  },
  'types-sleep-hypermotor-epilepsy-2021': {
    organisation: 'Wan et al., Nature and Science of Sleep 2021',
    title: 'Sleep-related hypermotor epilepsy: etiology, electro-clinical features, and therapeutic strategies',
    url: 'https://doi.org/10.2147/NSS.S330986',
  },
  'types-glut1-consensus-2020': {
    organisation: 'Klepper et al. (International Glut1DS Study Group), Epilepsia Open 2020',
    title: 'Glut1 deficiency syndrome (Glut1DS): state of the art in 2020 and recommendations of the international Glut1DS study group',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7469861',
  },
  'types-sgce-psychiatric-2011': {
    organisation: 'Peall et al., Movement Disorders 2011',
    title: 'Psychiatric disorders, myoclonus dystonia, and the epsilon-sarcoglycan gene: a systematic review',
    url: 'https://doi.org/10.1002/mds.23791',
  },
  'types-gpi-dbs-monogenic-2021': {
    organisation: 'Frontiers in Neurology 2021',
    title: 'Pallidal deep brain stimulation for monogenic dystonia: the effect of gene on outcome',
    url: 'https://doi.org/10.3389/fneur.2020.630391',
  },
  'types-baycare-torticollis': {
    organisation: 'BayCare Health System, health library',
    title: 'Torticollis (wryneck)',
    url: 'https://www.baycare.org/health-library/torticollis-wryneck',
  },
  'types-infant-torticollis-trial-2021': {
    organisation: 'Song et al., Medicine (Baltimore) 2021',
    title:
      'Effect of physical therapy intervention on thickness and ratio of the sternocleidomastoid muscle and head rotation angle in infants with congenital muscular torticollis: a randomized clinical trial',
    url: 'https://doi.org/10.1097/MD.0000000000026998',
  },
  'types-swedish-spasmodic-dysphonia': {
    organisation: 'Swedish Health Services, Voice and Swallowing Disorders Center',
    title: 'Spasmodic dysphonia',
    url: 'https://www.swedish.org/services/swedish-otolaryngology/our-services/voice-and-swallowing-disorders-center/movement-disorders/spasmodic-dysphonia',
  },
  'types-voice-foundation-sd-treatment': {
    organisation: 'The Voice Foundation',
    title: 'Spasmodic dysphonia: treatment of SD',
    url: 'https://voicefoundation.org/health-science/voice-disorders/voice-disorders/spasmodic-dysphonia/treatment-of-sd/',
  },
  'types-dystonia-uk-hand': {
    organisation: 'Dystonia UK',
    title: 'Focal hand dystonia',
    url: 'https://www.dystonia.org.uk/focal-hand-dystonia',
  },
  'types-dystonia-ireland-embouchure': {
    organisation: 'Dystonia Ireland',
    title: 'Embouchure (musician’s dystonia)',
    url: 'https://www.dystonia.ie/forms-of-dystonia/focal-forms/musicians-dystonia/embouchure/',
  },
  'types-mckeon-2008': {
    organisation: 'McKeon et al., Parkinsonism and Related Disorders 2008',
    title: 'The spectrum of disorders presenting as adult-onset focal lower extremity dystonia',
    url: 'https://doi.org/10.1016/j.parkreldis.2008.01.012',
  },
  'types-ramdhani-2013': {
    organisation: 'Ramdhani and Frucht, Tremor and Other Hyperkinetic Movements 2013',
    title: 'Adult-onset idiopathic focal lower extremity dystonia: a rare task-specific dystonia',
    url: 'https://doi.org/10.7916/D8571BQX',
  },
  'types-albanese-2017': {
    organisation: 'Albanese, Frontiers in Neurology 2017',
    title: 'How many dystonias? Clinical evidence',
    url: 'https://doi.org/10.3389/fneur.2017.00018',
  },
  'types-jost-colcap-2020': {
    organisation: 'Jost et al., Journal of Neural Transmission 2020',
    title: 'Frequency of different subtypes of cervical dystonia: a prospective multicenter study according to Col-Cap concept',
    url: 'https://doi.org/10.1007/s00702-019-02116-7',
  },
  'types-dmrf-functional-dystonia': {
    organisation: 'Dystonia Medical Research Foundation',
    title: 'Functional (psychogenic) dystonia',
    url: 'https://www.dystonia-foundation.org/what-is-dystonia/forms-of-dystonia/psychogenic-dystonia',
  },
} as const satisfies Record<string, Source>;
