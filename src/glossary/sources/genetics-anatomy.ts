/**
 * Sources for the genetics, anatomy and brain chemistry entries (ids start with `gen-`).
 * Every address below was found through the search tool before it was added: the page
 * itself, or a copy or citation naming exactly this address and title.
 */
import type { Source } from './source';

export const geneticsAnatomySources = {
  // Gene naming: the MDS nomenclature (review rows A3, A17).
  'gen-ichinose-1994': {
    organisation: 'Ichinose et al., Nature Genetics 1994',
    title: 'Hereditary progressive dystonia with marked diurnal fluctuation caused by mutations in the GTP cyclohydrolase I gene',
    url: 'https://doi.org/10.1038/ng1194-236',
  },
  // GeneReviews chapters (NCBI Bookshelf).
  'gen-genereviews-dystonia-overview': {
    organisation: 'GeneReviews (NCBI Bookshelf)',
    title: 'Hereditary dystonia overview',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK1155/',
  },
  'gen-genereviews-gch1': {
    organisation: 'GeneReviews (NCBI Bookshelf)',
    title: 'GTP cyclohydrolase 1-deficient dopa-responsive dystonia',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK1508/',
  },
  'gen-genereviews-sgce': {
    organisation: 'GeneReviews (NCBI Bookshelf)',
    title: 'SGCE myoclonus-dystonia',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK1414/',
  },
  'gen-genereviews-xdp': {
    organisation: 'GeneReviews (NCBI Bookshelf)',
    title: 'X-linked dystonia-parkinsonism',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK1489/',
  },
  'gen-genereviews-gnal': {
    organisation: 'GeneReviews (NCBI Bookshelf)',
    title: 'DYT-GNAL',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK535640/',
  },
  'gen-genereviews-adcy5': {
    organisation: 'GeneReviews (NCBI Bookshelf)',
    title: 'ADCY5-related dyskinesia',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK263441/',
  },
  'gen-genereviews-wilson': {
    organisation: 'GeneReviews (NCBI Bookshelf)',
    title: 'Wilson disease',
    url: 'https://www.ncbi.nlm.nih.gov/books/n/gene/wilson/',
  },
  'gen-genereviews-glossary': {
    organisation: 'GeneReviews (NCBI Bookshelf)',
    title: 'GeneReviews glossary',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK5191/',
  },
  // Genes without a GeneReviews chapter: the papers that reported them, and reviews.
  'gen-charlesworth-2013': {
    organisation: 'Charlesworth, Bhatia and Wood, Brain 2013',
    title: 'The genetics of dystonia: new twists in an old tale',
    url: 'https://doi.org/10.1093/brain/awt138',
  },
  'gen-charlesworth-2012-ano3': {
    organisation: 'Charlesworth et al., American Journal of Human Genetics 2012',
    title: 'Mutations in ANO3 cause dominant craniocervical dystonia: ion channel implicated in pathogenesis',
    url: 'https://doi.org/10.1016/j.ajhg.2012.10.024',
  },
  'gen-charlesworth-2015-hpca': {
    organisation: 'Charlesworth et al., American Journal of Human Genetics 2015',
    title: 'Mutations in HPCA cause autosomal-recessive primary isolated dystonia',
    url: 'https://doi.org/10.1016/j.ajhg.2015.02.007',
  },
  'gen-camargos-2008-prkra': {
    organisation: 'Camargos et al., Lancet Neurology 2008',
    title:
      'DYT16, a novel young-onset dystonia-parkinsonism disorder: identification of a segregating mutation in the stress-response protein PRKRA',
    url: 'https://doi.org/10.1016/S1474-4422(08)70022-X',
  },
  'gen-camargos-2012-dyt16': {
    organisation: 'Camargos et al., Journal of Neurology, Neurosurgery and Psychiatry 2012',
    title: 'DYT16: the original cases',
    url: 'https://jnnp.bmj.com/content/83/10/1012',
  },
  'gen-lohmann-2013-tubb4a': {
    organisation: 'Lohmann et al., Annals of Neurology 2013',
    title: 'Whispering dysphonia (DYT4 dystonia) is caused by a mutation in the TUBB4 gene',
    url: 'https://doi.org/10.1002/ana.23829',
  },
  'gen-tubb4a-2021': {
    organisation: 'Neurology 2021',
    title: 'DYT-TUBB4A (DYT4 dystonia): new clinical and genetic observations',
    url: 'https://doi.org/10.1212/WNL.0000000000010882',
  },
  'gen-omim-dyt4': {
    organisation: 'OMIM (Online Mendelian Inheritance in Man)',
    title: 'Dystonia 4, torsion, autosomal dominant (#128101)',
    url: 'https://www.ncbi.nlm.nih.gov/omim/128101',
  },
  'gen-vps16-2016': {
    organisation: 'Scientific Reports 2016',
    title: 'Homozygous mutation of VPS16 gene is responsible for an autosomal recessive adolescent-onset primary dystonia',
    url: 'https://doi.org/10.1038/srep25834',
  },
  'gen-kuipers-2021-eif2ak2': {
    organisation: 'Kuipers et al., Annals of Neurology 2021',
    title: 'EIF2AK2 missense variants associated with early onset generalized dystonia',
    url: 'https://doi.org/10.1002/ana.25973',
  },
  'gen-kmt2b-update-2019': {
    organisation: 'Current Neurology and Neuroscience Reports 2019',
    title: 'Update on KMT2B-related dystonia',
    url: 'https://doi.org/10.1007/s11910-019-1007-y',
  },
  'gen-gnao1-dbs-2022': {
    organisation: 'Therapeutic Advances in Neurological Disorders 2022',
    title:
      'Both subthalamic and pallidal deep brain stimulation are effective for GNAO1-associated dystonia: three case reports and a literature review',
    url: 'https://doi.org/10.1177/17562864221093507',
  },
  'gen-gnao1-crisis-2024': {
    organisation: 'Frontiers in Neurology 2024',
    title: 'Dyskinetic crisis in GNAO1-related disorders: clinical perspectives and management strategies',
    url: 'https://doi.org/10.3389/fneur.2024.1403815',
  },
  'gen-wilson-genetics-2017': {
    organisation: 'Handbook of Clinical Neurology 2017 (PubMed Central)',
    title: 'The genetics of Wilson disease',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5648646/',
  },
  'gen-pkan-review-2024': {
    organisation: 'Advances in Psychiatry and Neurology 2024',
    title: 'Pathology and treatment methods in pantothenate kinase-associated neurodegeneration',
    url: 'https://termedia.pl/Pathology-and-treatment-methods-in-pantothenate-kinase-associated-neurodegeneration,116,54507,1,0.html',
  },
  // Genetic tests and results.
  'gen-medlineplus-test-types': {
    organisation: 'MedlinePlus Genetics',
    title: 'What are the different types of genetic tests?',
    url: 'https://medlineplus.gov/genetics/understanding/testing/types/',
  },
  'gen-medlineplus-sequencing': {
    organisation: 'MedlinePlus Genetics',
    title: 'What are whole exome sequencing and whole genome sequencing?',
    url: 'https://medlineplus.gov/genetics/understanding/testing/sequencing/',
  },
  'gen-medlineplus-imprinting': {
    organisation: 'MedlinePlus Genetics',
    title: 'What are genomic imprinting and uniparental disomy?',
    url: 'https://medlineplus.gov/genetics/understanding/inheritance/updimprinting/',
  },
  'gen-nci-vus': {
    organisation: 'National Cancer Institute, Dictionary of Cancer Terms',
    title: 'Variant of uncertain significance',
    url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/556495',
  },
  'gen-msd-single-gene': {
    organisation: 'MSD Manual (consumer version)',
    title: 'Inheritance of single-gene disorders',
    url: 'https://www.msdmanuals.com/en-gb/home/fundamentals/genetics/inheritance-of-single-gene-disorders',
  },
  // How dystonia works in the brain (review row B26).
  'gen-quartarone-hallett-2013': {
    organisation: 'Quartarone and Hallett, Movement Disorders 2013 (PubMed Central)',
    title: 'Emerging concepts in the physiological basis of dystonia',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4159671/',
  },
  'gen-bologna-2017-cerebellum': {
    organisation: 'Bologna and Berardelli, Cerebellum & Ataxias 2017',
    title: 'Cerebellum: an explanation for dystonia?',
    url: 'https://doi.org/10.1186/s40673-017-0064-8',
  },
  // Anatomy, and what injections into these muscles can do (review rows A20, A27, A28).
  'gen-medlineplus-nervous-system': {
    organisation: 'MedlinePlus Medical Encyclopedia',
    title: 'Nervous system',
    url: 'https://medlineplus.gov/ency/imagepages/9693.htm',
  },
  'gen-statpearls-levator-palpebrae': {
    organisation: 'StatPearls (NCBI Bookshelf)',
    title: 'Anatomy, head and neck: levator palpebrae superioris muscle',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK536921/',
  },
  'gen-asra-cervical-dystonia-2020': {
    organisation: 'American Society of Regional Anesthesia and Pain Medicine, ASRA News 2020',
    title: 'How I do it: botulinum toxin for cervical dystonia',
    url: 'https://doi.org/10.52211/asra110120.068',
  },
  'gen-yoshida-2022-omd': {
    organisation: 'Yoshida, Toxins 2022',
    title: 'Botulinum toxin therapy for oromandibular dystonia and other movement disorders in the stomatognathic system',
    url: 'https://doi.org/10.3390/toxins14040282',
  },
  'gen-nyee-sd-faq': {
    organisation: 'New York Eye and Ear Infirmary of Mount Sinai',
    title: 'Botox and spasmodic dysphonia FAQs',
    url: 'https://www.nyee.edu/patient-care/otolaryngology/voice-swallowing/neurological-disorders/faq',
  },
  'gen-medlineplus-onabotulinumtoxina': {
    organisation: 'MedlinePlus (drug information)',
    title: 'OnabotulinumtoxinA injection',
    url: 'https://medlineplus.gov/druginfo/meds/a608013.html',
  },
  // KCTD17 and ECHS1.
  'gen-van-der-veen-2019-myoclonus': {
    organisation: 'van der Veen et al., Movement Disorders 2019',
    title:
      'Nomenclature of genetically determined myoclonus syndromes: recommendations of the International Parkinson and Movement Disorder Society Task Force',
    url: 'https://doi.org/10.1002/mds.27828',
  },
  'gen-teng-2019-kctd': {
    organisation: 'Teng et al., CNS Neuroscience and Therapeutics 2019',
    title: 'KCTD: a new gene family involved in neurodevelopmental and neuropsychiatric disorders',
    url: 'https://pure.johnshopkins.edu/en/publications/kctd-a-new-gene-family-involved-in-neurodevelopmental-and-neurops',
  },
  'gen-genereviews-echs1': {
    organisation: 'GeneReviews (NCBI Bookshelf)',
    title: 'Mitochondrial short-chain enoyl-CoA hydratase 1 deficiency',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK542806/',
  },
} as const satisfies Record<string, Source>;
