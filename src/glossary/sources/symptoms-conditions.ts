/**
 * Sources for the symptoms and related-conditions entries (glossary v2). Every address was
 * checked when it was added: the page itself, or a citation naming exactly this address and
 * title, came back from a search of stored public copies.
 */
import type { Source } from './source';

export const symptomConditionSources = {
  // Wilson's disease and its signs (review rows A4, A5, A25).
  'cond-genereviews-wilson': {
    organisation: 'GeneReviews (NCBI Bookshelf)',
    title: 'Wilson disease',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK1512/',
  },
  'cond-hedera-wilson-2017': {
    organisation: 'Hedera, The Application of Clinical Genetics 2017',
    title: "Update on the clinical management of Wilson's disease",
    url: 'https://doi.org/10.2147/TACG.S79121',
  },
  'cond-shribman-wilson-2019': {
    organisation: 'Shribman, Warner and Dooley, Annals of Translational Medicine 2019',
    title: 'Clinical presentations of Wilson disease',
    url: 'https://atm.amegroups.com/article/view/25358/html',
  },
  // Status dystonicus (review row A16).
  'cond-muirhead-itb-2010': {
    organisation: 'Muirhead, Jalloh and Vloeberghs, Journal of Medical Case Reports 2010',
    title: 'Status dystonicus resembling the intrathecal baclofen withdrawal syndrome: a case report and review of the literature',
    url: 'https://jmedicalcasereports.biomedcentral.com/articles/10.1186/1752-1947-4-294',
  },
  'cond-yianni-dbs-failure-2004': {
    organisation: 'Yianni et al., Neuromodulation 2004',
    title: 'Failure of chronic pallidal stimulation in dystonic patients is a medical emergency',
    url: 'https://doi.org/10.1111/j.1525-1403.2004.04008.x',
  },
  // Eyes (review row A23; ptosis, double vision, dry eye).
  'cond-krack-alo-1994': {
    organisation: 'Movement Disorders 1994',
    title: '"Apraxia of lid opening," a focal eyelid dystonia: clinical study of 32 patients',
    url: 'https://pubmed.ncbi.nlm.nih.gov/7845400/',
  },
  'cond-statpearls-alo': {
    organisation: 'StatPearls (NCBI)',
    title: 'Apraxia of lid opening',
    url: 'https://statpearls.com/point-of-care/38363',
  },
  'cond-blackboxrx-botulinum': {
    organisation: 'BlackBoxRx (summary of FDA boxed warnings)',
    title: 'Botulinum toxins: distant spread of toxin effect',
    url: 'https://blackboxrx.com/app/display/437',
  },
  'cond-norris-botulinum-eye': {
    organisation: 'Mr Jonathan Norris FRCOphth, consultant ophthalmic surgeon',
    title: 'Botulinum toxin (Botox/Dysport) injections',
    url: 'https://www.jonathannorris.co.uk/botulinum-toxin-botoxdysport-injections/',
  },
  'cond-kotlus-eyelid-droop': {
    organisation: 'Dr Brett Kotlus, oculoplastic surgeon',
    title: 'Treatment of eyelid droop from botulinum toxin (Botox, Dysport, Xeomin)',
    url: 'https://drkotlus.com/treatment-eyelids/eyelid-revision-surgery/treatment-eyelid-droop-botulinum-toxin-botox-dysport-xeomin',
  },
  'cond-nice-diplopia': {
    organisation: 'NICE, interventional procedures guidance IPG293',
    title: 'IPG293, section 2: the procedure (what double vision is)',
    url: 'https://nice.org.uk/guidance/IPG293/chapter/2-the-procedure',
  },
  'cond-nhs-lothian-diplopia': {
    organisation: 'NHS Lothian RefHelp',
    title: 'Diplopia',
    url: 'https://apps.nhslothian.scot/refhelp/guidelines/ophthalmology/diplopia/',
  },
  'cond-singhealth-dry-eye': {
    organisation: 'SingHealth',
    title: 'Dry eye syndrome: symptoms',
    url: 'https://www.singhealth.com.sg/patient-care/conditions-treatments/dry-eyes/symptoms',
  },
  // Neck and head positions (col-cap concept).
  'cond-msd-cervical-dystonia': {
    organisation: 'MSD Manual Professional Version',
    title: 'Cervical dystonia',
    url: 'https://msdmanuals.com/uk/professional/neurologic-disorders/movement-and-cerebellar-disorders/cervical-dystonia',
  },
  // Eyes, back and trunk postures.
  'cond-barow-ogc-2017': {
    organisation: 'Barow, Schneider, Bhatia and Ganos, Parkinsonism & Related Disorders 2017',
    title: 'Oculogyric crises: etiology, pathophysiology and therapeutic approaches',
    url: 'https://doi.org/10.1016/j.parkreldis.2016.11.012',
  },
  'cond-medifind-opisthotonos': {
    organisation: 'MediFind',
    title: 'Opisthotonos',
    url: 'https://www.medifind.com/conditions/opisthotonos/6018',
  },
  'cond-doherty-postural-2011': {
    organisation: 'Lancet Neurology 2011 (review)',
    title: "Postural deformities in Parkinson's disease",
    url: 'https://pubmed.ncbi.nlm.nih.gov/21514890/',
  },
  'cond-tinazzi-postural-2019': {
    organisation: 'Tinazzi et al., Movement Disorders Clinical Practice 2019',
    title: "Postural abnormalities in Parkinson's disease: an epidemiological and clinical multicenter study",
    url: 'https://doi.org/10.1002/mdc3.12810',
  },
  'cond-wijemanne-deformities-2019': {
    organisation: 'Wijemanne and Jankovic, Journal of Neural Transmission 2019',
    title: 'Hand, foot, and spine deformities in parkinsonian disorders',
    url: 'https://doi.org/10.1007/s00702-019-01986-1',
  },
  // Mouth and jaw.
  'cond-sialorrhoea-review-2019': {
    organisation: 'Review article, PubMed Central PMC6883364',
    title: 'Sialorrhoea in neurological conditions: treatments and a proposed care pathway (review)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6883364',
  },
  'cond-handa-omd-tmd-2022': {
    organisation: 'Handa, Keith and Shaefer, Journal of the American Dental Association 2022',
    title: 'Oromandibular dystonia and temporomandibular disorders',
    url: 'https://doi.org/10.1016/j.adaj.2021.07.026',
  },
  'cond-nytmj-omd': {
    organisation: 'New York TMJ & Orofacial Pain (professional newsletter)',
    title: 'TMJ or oromandibular dystonia? When symptoms take you down the wrong path',
    url: 'https://www.nytmj.com/professional-newsletter/tmj-or-oromandibular-dystonia-when-symptoms-take-you-down-the-wrong-path/',
  },
  'cond-dentist-bruxism': {
    organisation: 'Parag Kirpekar DDS (dental practice patient page)',
    title: 'Teeth grinding and clenching',
    url: 'https://www.paragkirpekardds.com/dental-care/dental-concerns/teeth-grinding-clenching/',
  },
  // Other signs.
  'cond-statpearls-hypotonia': {
    organisation: 'StatPearls (NCBI)',
    title: 'Hypotonia',
    url: 'https://statpearls.com/ArticleLibrary/viewarticle/23306',
  },
  'cond-nhs-ataxia': {
    organisation: 'NHS',
    title: 'Ataxia',
    url: 'https://www.nhs.uk/conditions/ataxia/',
  },
  'cond-peall-nonmotor-2023': {
    organisation: 'Peall et al., Dystonia 2023 (DMRF expert workshop)',
    title: 'Non-motor symptoms in dystonia: from diagnosis to treatment',
    url: 'https://doi.org/10.3389/dyst.2023.11860',
  },
  'cond-kuyper-nonmotor-2011': {
    organisation: 'Movement Disorders 2011 (systematic review)',
    title: 'Nonmotor manifestations of dystonia: a systematic review',
    url: 'https://doi.org/10.1002/mds.23709',
  },
  // Related conditions.
  'cond-fnd-review-2021': {
    organisation: 'Clinical Medicine (Royal College of Physicians) 2021',
    title: 'A practical review of functional neurological disorder (FND) for the general physician',
    url: 'https://www.rcpjournals.org/content/clinmedicine/21/1/28',
  },
  'cond-propsp-symptoms': {
    organisation: 'PSPA (PSP Association) professional training',
    title: 'Presenting symptoms of PSP',
    url: 'https://www.propsp.co.uk/training_video/presenting-symptoms-of-psp',
  },
  'cond-curepsp-cbd': {
    organisation: 'CurePSP',
    title: 'Corticobasal degeneration',
    url: 'https://www.psp.org/iwanttolearn/corticobasal-degeneration',
  },
  'cond-msa-practical-neurology-2023': {
    organisation: 'Practical Neurology 2023',
    title: 'Multiple system atrophy: a practical guide to diagnosis and management (review article)',
    url: 'https://pn.bmj.com/content/23/3/208',
  },
  'cond-genereviews-nbia': {
    organisation: 'GeneReviews (NCBI Bookshelf)',
    title: 'Neurodegeneration with brain iron accumulation disorders overview',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK121988/',
  },
  'cond-hayflick-nbia-2018': {
    organisation: 'Hayflick, Kurian and Hogarth, Handbook of Clinical Neurology 2018',
    title: 'Neurodegeneration with brain iron accumulation',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8235601',
  },
  'cond-nord-aadc': {
    organisation: 'National Organization for Rare Disorders (NORD)',
    title: 'Aromatic L-amino acid decarboxylase deficiency',
    url: 'https://rarediseases.org/videos/aromatic-l-amino-acid-decarboxylase-deficiency/',
  },
  'cond-asgct-kebilidi-2024': {
    organisation: 'American Society of Gene & Cell Therapy, November 2024',
    title: 'FDA approves first gene therapy for AADC deficiency',
    url: 'https://asgct.org/Publications/News/November-2024/Upstaza-gene-therapy-approval',
  },
  'cond-sps-review-2012': {
    organisation: 'Rakocevic and Floeter, Muscle & Nerve 2012 (PMC)',
    title: 'Autoimmune stiff person syndrome and related myelopathies',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3335758',
  },
  'cond-vidakovic-hemiballism-1994': {
    organisation: 'Vidakovic, Dragasevic and Kostic, J Neurol Neurosurg Psychiatry 1994',
    title: 'Hemiballism: report of 25 cases',
    url: 'https://doi.org/10.1136/jnnp.57.8.945',
  },
  'cond-hemiballism-emergencies': {
    organisation: 'Movement Disorder Emergencies (Springer), chapter',
    title: 'Hemiballism–hemichorea',
    url: 'https://rd.springer.com/chapter/10.1007/978-1-60761-835-5_12',
  },
  'cond-genereviews-hprt1': {
    organisation: 'GeneReviews (NCBI Bookshelf)',
    title: 'HPRT1 disorders',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK1149/',
  },
  'cond-nord-lesch-nyhan': {
    organisation: 'National Organization for Rare Disorders (NORD), GARD summary',
    title: 'Lesch Nyhan syndrome',
    url: 'https://rarediseases.org/gard-rare-disease/lesch-nyhan-syndrome/',
  },
  'cond-rls-review-2017': {
    organisation: 'Frontiers in Aging Neuroscience 2017 (review)',
    title: 'Restless legs syndrome: from pathophysiology to clinical diagnosis and management',
    url: 'https://doi.org/10.3389/fnagi.2017.00171',
  },
  'cond-emory-tourette': {
    organisation: 'Emory Healthcare',
    title: "Tourette's syndrome",
    url: 'https://emoryhealthcare.org/conditions/neurology-conditions/tourettes-syndrome',
  },
  'cond-smiadviser-nms': {
    organisation: 'SMI Adviser (American Psychiatric Association and SAMHSA)',
    title: 'What is neuroleptic malignant syndrome?',
    url: 'https://smiadviser.org/knowledge_post_fp/what-is-neuroleptic-malignant-syndrome',
  },
  'cond-nwbh-brain-injury': {
    organisation: 'North West Boroughs Healthcare NHS Foundation Trust',
    title: 'Brain injury',
    url: 'https://www.nwbh.nhs.uk/brain-injury',
  },
  'cond-headway-abi': {
    organisation: 'Headway East Sussex',
    title: 'What is an acquired brain injury',
    url: 'https://www.headwayeastsussex.org.uk/advice-and-information/what-is-an-acquired-brain-injury/',
  },
  // Keratitis (after eyelid botulinum toxin injections).
  'cond-medicinenet-keratitis': {
    organisation: 'MedicineNet',
    title: 'Keratitis: symptoms and signs',
    url: 'https://www.medicinenet.com/keratitis_symptoms_and_signs/symptoms.htm',
  },
  'cond-middlesex-keratitis': {
    organisation: 'Middlesex Health',
    title: 'Keratitis',
    url: 'https://middlesexhealth.org/learning-center/definitions/keratitis',
  },
  'cond-asaps-botox-dry-eyes': {
    organisation: 'The Aesthetic Society (American Society for Aesthetic Plastic Surgery): Ask a surgeon',
    title: 'Can Botox cause dry eyes?',
    url: 'https://www.surgery.org/consumers/ask-a-surgeon/botox-dry-eyes',
  },
  // Hemiplegia and alternating hemiplegia of childhood.
  'cond-healthline-hemiplegia': {
    organisation: 'Healthline',
    title: 'Hemiparesis vs. hemiplegia',
    url: 'https://www.healthline.com/health/hemiparesis-vs-hemiplegia',
  },
  'cond-panagiotakaki-ahc-2015': {
    organisation: 'Panagiotakaki et al., Orphanet Journal of Rare Diseases 2015',
    title: 'Clinical profile of patients with ATP1A3 mutations in alternating hemiplegia of childhood: a study of 155 patients',
    url: 'https://doi.org/10.1186/s13023-015-0335-5',
  },
  'cond-capuano-ahc-2020': {
    organisation: 'Capuano et al., The Application of Clinical Genetics 2020',
    title: 'Alternating hemiplegia of childhood: understanding the genotype-phenotype relationship of ATP1A3 variations',
    url: 'https://doi.org/10.2147/TACG.S210325',
  },
} as const satisfies Record<string, Source>;
