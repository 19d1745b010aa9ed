/**
 * Sources for the medication entries (entries/medications.ts). Every URL here came back from a
 * search of stored public pages when it was added (the page itself, or a page that cites it by
 * exactly this address and title); see the medications writer's report.
 */
import type { Source } from './source';

export const medicineSources = {
  // Botulinum toxins: class warning, brand names and labels (review rows A1, A2, B17, B21)
  'med-fda-botulinum-names-2009': {
    organisation: 'Medscape Medical News (reporting the US FDA)',
    title: 'Botulinum Toxin Safety Warnings Updated and Name Changes Issued',
    url: 'https://www.medscape.com/viewarticle/706934',
  },
  'med-ashp-onabotulinumtoxina': {
    organisation: 'Drugs.com (AHFS monograph, American Society of Health-System Pharmacists)',
    title: 'OnabotulinumtoxinA (Monograph)',
    url: 'https://www.drugs.com/monograph/onabotulinumtoxina.html?references=1',
  },
  'med-ashp-dysport': {
    organisation: 'Drugs.com (AHFS monograph, American Society of Health-System Pharmacists)',
    title: 'Dysport (abobotulinumtoxinA)',
    url: 'https://www.drugs.com/monograph/dysport.html',
  },
  'med-ashp-xeomin': {
    organisation: 'Drugs.com (AHFS monograph, American Society of Health-System Pharmacists)',
    title: 'Xeomin (incobotulinumtoxinA)',
    url: 'https://www.drugs.com/monograph/xeomin.html',
  },
  'med-drugs-rimabotulinumtoxinb': {
    organisation: 'Drugs.com (Cerner Multum)',
    title: 'RimabotulinumtoxinB (Myobloc)',
    url: 'https://www.drugs.com/mtm/rimabotulinumtoxinb.html',
  },
  'med-dailymed-daxxify': {
    organisation: 'DailyMed, US National Library of Medicine',
    title: 'DAXXIFY (daxibotulinumtoxinA-lanm) prescribing information',
    url: 'https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=3aaa6e14-a3f7-4fb2-b9f9-d3a9c3ae1f74&version=6',
  },
  'med-revance-daxxify-cd': {
    organisation: 'Revance Therapeutics',
    title: 'DAXXIFY for cervical dystonia: indication and important safety information',
    url: 'https://hcp.daxxifycervicaldystonia.com',
  },
  'med-fda-label-jeuveau': {
    organisation: 'US Food and Drug Administration (FDALabel)',
    title: 'JEUVEAU (prabotulinumtoxinA-xvfs) for injection, for intramuscular use',
    url: 'https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/17a914c1-e54b-4b50-965d-b0fd9111bba4/spl-doc?hl=jeuveau',
  },
  'med-drugdocs-jeuveau': {
    organisation: 'DrugDocs',
    title: 'Jeuveau',
    url: 'https://drugdocs.com/drug/Jeuveau',
  },
  'med-label-letybo': {
    organisation: 'Guideline Central (US prescribing information)',
    title: 'LETYBO (letibotulinumtoxinA-wlbg) injection',
    url: 'https://www.guidelinecentral.com/drug/910e5d0e-4d0b-4de8-8e2d-97879a044181/LETYBO/',
  },
  'med-hammoud-jankovic-2022': {
    organisation: 'Hammoud and Jankovic, Dystonia 2022',
    title: 'Botulinum Toxin in the Treatment of Cervical Dystonia: Evidence-Based Review',
    url: 'https://doi.org/10.3389/dyst.2022.10655',
  },
  'med-toxins-immunogenicity-2019': {
    organisation: 'Toxins (MDPI) 2019, Baylor College of Medicine movement disorders clinic',
    title: 'Immunogenicity Associated with Botulinum Toxin Treatment',
    url: 'https://doi.org/10.3390/toxins11090491',
  },
  'med-bnn-poor-response-2016': {
    organisation: 'Marion et al., Practical Neurology 2016 (British Neurotoxin Network)',
    title: 'British Neurotoxin Network recommendations for managing cervical dystonia in patients with a poor response to botulinum toxin',
    url: 'https://pn.bmj.com/content/16/4/288.full.txt',
  },

  // Reviews of oral treatment for dystonia
  'med-thenganatt-jankovic-2014': {
    organisation: 'Neurotherapeutics 2014 (review)',
    title: 'Treatment of Dystonia',
    url: 'https://doi.org/10.1007/s13311-013-0231-4',
  },

  // Anticholinergics, benzodiazepines, z-drugs
  'med-statpearls-benztropine': {
    organisation: 'StatPearls (NCBI Bookshelf)',
    title: 'Benztropine',
    url: 'https://ncbi.nlm.nih.gov/books/NBK560633',
  },
  'med-nice-cks-benzodiazepines': {
    organisation: 'NICE Clinical Knowledge Summaries',
    title: 'Benzodiazepine and z-drug withdrawal',
    url: 'https://cks.nice.org.uk/benzodiazepine-and-z-drug-withdrawal',
  },
  'med-fda-z-drugs': {
    organisation: 'Consumer Med Safety (reproducing "Advice from FDA", US Food and Drug Administration)',
    title: 'Advice from FDA: Know the Risks of Taking Prescription Medicine for Insomnia',
    url: 'https://consumermedsafety.org/fda-alerts/advice-from-fda-know-the-risks-of-taking-prescription-medicine-for-insomnia',
  },

  // Baclofen and the baclofen pump
  'med-nhs-baclofen': {
    organisation: 'NHS',
    title: 'About baclofen',
    url: 'https://nhs.uk/medicines/baclofen/about-baclofen',
  },
  'med-medtronic-itb-responsibilities': {
    organisation: 'Medtronic',
    title: 'Your responsibilities: ITB Therapy for severe spasticity',
    url: 'https://www.medtronic.com/us-en/patients/treatments-therapies/drug-pump-severe-spasticity/living-with-itb-therapy/your-responsibilities.html',
  },
  'med-medtronic-itb-pump': {
    organisation: 'Medtronic',
    title: 'Pump management: ITB Therapy for severe spasticity',
    url: 'https://www.medtronic.com/us-en/patients/treatments-therapies/drug-pump-severe-spasticity/living-with-itb-therapy/pump-management.html',
  },
  'med-gillette-itb': {
    organisation: "Gillette Children's",
    title: 'Intrathecal baclofen pump: possible complications',
    url: 'https://gillettechildrens.org/your-visit/patient-education/intrathecal-baclofen-pump-possible-complications',
  },
  'med-henryford-itb': {
    organisation: 'Henry Ford Health',
    title: 'Safety information: ITB therapy',
    url: 'https://www.henryford.com/services/movement-disorders/treatments/baclofen-pump-therapy/safety-information',
  },

  // Other muscle relaxants
  'med-mstrust-tizanidine': {
    organisation: 'MS Trust',
    title: 'Tizanidine (Zanaflex)',
    url: 'https://www.mstrust.org.uk/a-z/tizanidine-zanaflex',
  },
  'med-medicinenet-cyclobenzaprine': {
    organisation: 'MedicineNet',
    title: 'cyclobenzaprine, Flexeril, Amrix',
    url: 'https://www.medicinenet.com/cyclobenzaprine/article.htm',
  },
  'med-fda-flexeril-2013': {
    organisation: 'US Food and Drug Administration, MedWatch',
    title: 'Flexeril (cyclobenzaprine hydrochloride) tablets: safety labeling changes, April 2013',
    url: 'https://www.fda.gov/Safety/MedWatch/SafetyInformation/ucm352241.htm',
  },

  // Levodopa and dopamine agonists
  'med-parkinsons-uk-levodopa': {
    organisation: "Parkinson's UK",
    title: 'Levodopa (co-beneldopa and co-careldopa)',
    url: 'https://parkinsons.org.uk/content/levodopa',
  },
  'med-parkinsons-uk-side-effects': {
    organisation: "Parkinson's UK",
    title: "Side effects of Parkinson's drugs",
    url: 'https://www.parkinsons.org.uk/information-and-support/side-effects-parkinsons-drugs',
  },
  'med-southtees-levodopa': {
    organisation: 'South Tees Hospitals NHS Foundation Trust',
    title: 'Levodopa (co-beneldopa (Madopar), co-careldopa (Sinemet))',
    url: 'https://southtees.nhs.uk/resources/levodopa-co-beneldopa-madopar-co-careldopa-sinemet',
  },
  'med-ni-formulary-levodopa': {
    organisation: 'Northern Ireland Formulary (Health and Social Care)',
    title: '4.9.1.2 Levodopa',
    url: 'https://niformulary.hscni.net/formulary/4-0-central-nervous-system/4-9-drugs-used-in-parkinsonism-and-related-disorders/4-9-1-dopaminergic-drugs-used-in-parkinsonism/4-9-1-2-levodopa/',
  },
  'med-phs-neurocrit-care': {
    organisation: 'Neurocritical Care (review)',
    title: 'The Parkinsonism-Hyperpyrexia Syndrome',
    url: 'https://doi.org/10.1007/s12028-008-9125-4',
  },
  'med-nhs-ropinirole': {
    organisation: 'NHS',
    title: 'Common questions about ropinirole',
    url: 'https://nhs.uk/medicines/ropinirole/common-questions-about-ropinirole',
  },
  'med-frucht-1999': {
    organisation: 'Frucht et al., Neurology 1999',
    title: 'Falling asleep at the wheel: motor vehicle mishaps in persons taking pramipexole and ropinirole',
    url: 'https://doi.org/10.1212/wnl.52.9.1908',
  },
  'med-bbc-sleep-attacks-1999': {
    organisation: 'BBC News',
    title: "Parkinson's patients face sleep danger",
    url: 'https://news.bbc.co.uk/2/hi/health/365602.stm',
  },
  'med-boots-rotigotine': {
    organisation: 'Boots WebMD',
    title: 'Rotigotine',
    url: 'https://drugs.webmd.boots.com/drugs/drug-411-Rotigotine+.aspx',
  },
  'med-ashp-bromocriptine': {
    organisation: 'Drugs.com (AHFS monograph, American Society of Health-System Pharmacists)',
    title: 'Bromocriptine (Monograph)',
    url: 'https://drugs.com/monograph/bromocriptine.html?references=1',
  },
  'med-dxline-amantadine': {
    organisation: 'DXLine (patient leaflet)',
    title: "Amantadine for Parkinson's disease",
    url: 'https://dxline.info/drugs/amantadine-for-parkinsons-disease',
  },

  // Dopamine-depleting drugs (VMAT2 inhibitors)
  'med-szpisjak-2020': {
    organisation: 'Szpisjak et al., Expert Opinion on Pharmacotherapy 2020',
    title: 'Selecting dopamine depleters for hyperkinetic movement disorders: how do we choose?',
    url: 'https://doi.org/10.1080/14656566.2019.1685980',
  },
  'med-fda-valbenazine-2017': {
    organisation: 'US Food and Drug Administration',
    title: 'FDA approves first drug to treat tardive dyskinesia',
    url: 'https://www.fda.gov/NewsEvents/Newsroom/PressAnnouncements/ucm552418.htm',
  },
  'med-tetrabenazine-label': {
    organisation: 'Medicine.com (prescribing information for health professionals)',
    title: 'Tetrabenazine',
    url: 'https://www.medicine.com/drug/tetrabenazine/hcp',
  },
  'med-motetis-datasheet': {
    organisation: 'RxReasoner (New Zealand Medsafe data sheet)',
    title: 'Motetis (tetrabenazine): precautions',
    url: 'https://rxreasoner.com/monographs/motetis/precautions',
  },

  // Anticonvulsants and tremor medicines
  'med-mstrust-carbamazepine': {
    organisation: 'MS Trust',
    title: 'Carbamazepine (Tegretol)',
    url: 'https://mstrust.org.uk/a-z/carbamazepine-tegretol',
  },
  'med-pkd-consensus-2021': {
    organisation: 'Translational Neurodegeneration 2021 (expert consensus)',
    title: 'Recommendations for the diagnosis and treatment of paroxysmal kinesigenic dyskinesia: an expert consensus in China',
    url: 'https://translationalneurodegeneration.biomedcentral.com/articles/10.1186/s40035-021-00231-8',
  },
  'med-nhs-gp-gabapentinoids': {
    organisation: 'Bangholm Medical Centre (NHS Scotland GP practice)',
    title: 'Gabapentin & Pregabalin for Chronic Pain',
    url: 'https://bangholmmedicalcentre.scot.nhs.uk/gabapentin--pregabalin-for-chronic-pain',
  },
  'med-stubley-gabapentinoids': {
    organisation: 'Stubley Medical Centre (NHS GP practice)',
    title: 'Gabapentin and Pregabalin',
    url: 'https://stubleymedical.co.uk/pages/gabapentin-and-pregabalin-prescriptions',
  },
  'med-ni-formulary-tremor': {
    organisation: 'Northern Ireland Formulary (Health and Social Care)',
    title: '4.9.3 Essential tremor',
    url: 'https://niformulary.hscni.net/?p=711',
  },
  'med-youngminds-propranolol': {
    organisation: 'YoungMinds',
    title: 'Propranolol',
    url: 'https://youngminds.org.uk/find-help/medications/propranolol/',
  },

  // Antipsychotics and acute dystonic reactions
  'med-australian-prescriber-adr': {
    organisation: 'Australian Prescriber',
    title: 'The management of acute dystonic reactions',
    url: 'https://www.nps.org.au/australian-prescriber/articles/the-management-of-acute-dystonic-reactions',
  },
  'med-tarsy-baldessarini-2006': {
    organisation: 'Tarsy and Baldessarini, Movement Disorders 2006',
    title: 'Epidemiology of tardive dyskinesia: is risk declining with modern antipsychotics?',
    url: 'https://doi.org/10.1002/mds.20823',
  },
  'med-divac-2014': {
    organisation: 'Divac et al., BioMed Research International 2014',
    title: 'Second-Generation Antipsychotics and Extrapyramidal Adverse Effects',
    url: 'https://doi.org/10.1155/2014/656370',
  },
  'med-antipsychotic-list': {
    organisation: 'National Consumer Voice for Quality Long-Term Care (nursinghome411)',
    title: 'Antipsychotic drug list',
    url: 'https://nursinghome411.org/ap-list/',
  },
  'med-mind-antipsychotics': {
    organisation: 'Mind',
    title: 'Comparing antipsychotics',
    url: 'https://www.mind.org.uk/information-support/drugs-and-treatments/antipsychotics/comparing-antipsychotics/',
  },
  'med-aapp-movement-disorders': {
    organisation: 'American Association of Psychiatric Pharmacists',
    title: 'Movement disorders: Helpful Insights for Patients and Caregivers',
    url: 'https://aapp.org/resource/patients/movement-disorders',
  },
  'med-youngminds-clozapine': {
    organisation: 'YoungMinds',
    title: 'Clozapine',
    url: 'https://www.youngminds.org.uk/young-person/medications/clozapine/',
  },
  'med-lpft-clozapine': {
    organisation: 'Lincolnshire Partnership NHS Foundation Trust',
    title: 'Clozapine monitoring',
    url: 'https://www.lpft.nhs.uk/our-services/adults/clozapine-clinics/clozapine-monitoring',
  },
  'med-headmeds-clozapine': {
    organisation: 'HeadMeds (YoungMinds)',
    title: 'Clozapine: warnings and side effects',
    url: 'https://www.headmeds.org.uk/medications/52-clozapine/warning_and_side_effects',
  },

  // Wilson's disease treatments
  'med-hedera-2019': {
    organisation: 'Hedera, Annals of Translational Medicine 2019',
    title: 'Clinical management of Wilson disease',
    url: 'https://doi.org/10.21037/atm.2019.03.18',
  },
  'med-atm-anticopper-2019': {
    organisation: 'Annals of Translational Medicine 2019 (review)',
    title: 'Current anti-copper therapies in management of Wilson disease',
    url: 'https://atm.amegroups.org/article/view/24683/html',
  },
  'med-msd-wilson': {
    organisation: 'MSD Manual Professional Version',
    title: 'Wilson Disease',
    url: 'https://www.msdmanuals.com/professional/nutritional-disorders/mineral-deficiency-and-toxicity/wilson-disease',
  },
  'med-ema-wilzin': {
    organisation: 'European Medicines Agency',
    title: 'Wilzin (zinc): EPAR summary',
    url: 'https://www.ema.europa.eu/medicines/human/EPAR/Wilzin',
  },
  'med-wilzin-smpc': {
    organisation: 'RxReasoner (European Medicines Agency product information)',
    title: 'Wilzin hard capsule: precautions',
    url: 'https://www.rxreasoner.com/monographs/wilzin/precautions',
  },
  'med-wdsg-uk-medication': {
    organisation: "Wilson's Disease Support Group UK",
    title: 'Medication',
    url: 'https://wilsonsdisease.org.uk/Site/Pages/medication',
  },

  // Tetrahydrobiopterin (sapropterin)
  'med-opladen-2020': {
    organisation: 'Opladen et al., Orphanet Journal of Rare Diseases 2020',
    title: 'Consensus guideline for the diagnosis and treatment of tetrahydrobiopterin (BH4) deficiencies',
    url: 'https://doi.org/10.1186/s13023-020-01379-8',
  },
  'med-sapropterin-pku-2010': {
    organisation: 'Biologics: Targets and Therapy 2010 (review)',
    title: 'New era in treatment for phenylketonuria: Pharmacologic therapy with sapropterin dihydrochloride',
    url: 'https://doi.org/10.2147/btt.s3015',
  },
} as const satisfies Record<string, Source>;
