/**
 * Sources for the general medical words (entries/general.ts): general health references,
 * study glossaries, regulators' safety pages, and a few dystonia pages for what a word
 * means for someone with dystonia. Every URL was checked against a stored copy of the
 * page, or a citation naming that exact address, when it was added.
 */
import type { Source } from './source';

export const generalSources = {
  'gen-med-nci-dictionary': {
    organisation: 'National Cancer Institute (NIH)',
    title: 'NCI Dictionary of Cancer Terms',
    url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms',
  },
  'gen-med-nhs-clinical-trials': {
    organisation: 'NHS',
    title: 'Clinical trials',
    url: 'https://www.nhs.uk/conditions/clinical-trials/',
  },
  'gen-med-clinicaltrials-glossary': {
    organisation: 'ClinicalTrials.gov (U.S. National Library of Medicine)',
    title: 'Glossary of common site terms',
    url: 'https://clinicaltrials.gov/study-basics/glossary',
  },
  'gen-med-fda-off-label': {
    organisation: 'U.S. Food and Drug Administration',
    title: 'Understanding unapproved use of approved drugs "off label"',
    url: 'https://www.fda.gov/patients/learn-about-expanded-access-and-other-treatment-options/understanding-unapproved-use-approved-drugs-label',
  },
  'gen-med-dystonia-canada-oral-medications': {
    organisation: 'Dystonia Canada',
    title: 'Navigating common oral medications used for dystonia',
    url: 'https://dystoniacanada.org/navigating-common-oral-medications-used-for-dystonia',
  },
  'gen-med-fda-generic-drugs': {
    organisation: 'U.S. Food and Drug Administration',
    title: 'Generic drugs: questions and answers',
    url: 'https://www.fda.gov/drugs/frequently-asked-questions-popular-topics/generic-drugs-questions-answers',
  },
  'gen-med-fda-benzodiazepine-warning': {
    organisation: 'U.S. Food and Drug Administration',
    title: 'FDA requiring Boxed Warning updated to improve safe use of benzodiazepine drug class',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class',
  },
  'gen-med-fda-opioid-benzodiazepine': {
    organisation: 'U.S. Food and Drug Administration',
    title: 'FDA warns about serious risks and death when combining opioid pain or cough medicines with benzodiazepines',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-warns-about-serious-risks-and-death-when-combining-opioid-pain-or',
  },
  'gen-med-webmd-tolerance-dependence': {
    organisation: 'WebMD',
    title: 'Tolerance, physical dependence, and addiction explained',
    url: 'https://www.webmd.com/mental-health/addiction/tolerance-dependence-addiction-explained',
  },
  'gen-med-mhra-yellow-card': {
    organisation: 'Medicines and Healthcare products Regulatory Agency (UK)',
    title: 'Yellow Card scheme: report a suspected side effect',
    url: 'https://yellowcard.mhra.gov.uk/',
  },
  'gen-med-medlineplus-statistics': {
    organisation: 'MedlinePlus Genetics',
    title: 'What information can statistics provide about a genetic condition?',
    url: 'https://medlineplus.gov/genetics/understanding/mutationsanddisorders/statistics/',
  },
  'gen-med-medlineplus-runs-in-family': {
    organisation: 'MedlinePlus Genetics',
    title: 'What does it mean if a disorder seems to run in my family?',
    url: 'https://medlineplus.gov/genetics/understanding/inheritance/runsinfamily/',
  },
  'gen-med-medlineplus-metabolic-disorders': {
    organisation: 'MedlinePlus',
    title: 'Metabolic disorders',
    url: 'https://medlineplus.gov/metabolicdisorders.html',
  },
  'gen-med-medlineplus-degenerative-nerve-diseases': {
    organisation: 'MedlinePlus',
    title: 'Degenerative nerve diseases',
    url: 'https://medlineplus.gov/degenerativenervediseases.html',
  },
  'gen-med-dmrf-remission': {
    organisation: 'Dystonia Medical Research Foundation',
    title: 'Investigating remission (summary of Mainka et al. 2019, a systematic review and meta-analysis)',
    url: 'https://dystonia-foundation.org/investigating-remission/',
  },
  'gen-med-nonmotor-symptoms-2019': {
    organisation: 'Novaretti et al., Tremor and Other Hyperkinetic Movements 2019',
    title: 'The prevalence and correlation of non-motor symptoms in adult patients with idiopathic focal or segmental dystonia',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6377805',
  },
  'gen-med-rcpsych-depression': {
    organisation: 'Royal College of Psychiatrists',
    title: 'Depression in adults',
    url: 'https://www.rcpsych.ac.uk/mental-health/problems-disorders/depression',
  },
  'gen-med-nhs-anaesthetics': {
    organisation: 'NHS South West London (Healthier Together)',
    title: 'Anaesthetics and risk',
    url: 'https://swlondon-healthiertogether.nhs.uk/healthier-me/prehabilitation/preparing-surgery/anaesthetics-and-risk',
  },
  'gen-med-wuth-local-anaesthetic': {
    organisation: 'Wirral University Teaching Hospital NHS Foundation Trust',
    title: 'Local anaesthetic',
    url: 'https://wuth.nhs.uk/our-departments/a-z-of-departments/anaesthetics/local-anaesthetic/',
  },
  'gen-med-roh-sedation': {
    organisation: 'The Royal Orthopaedic Hospital NHS Foundation Trust',
    title: 'General anaesthetic and sedation',
    url: 'https://roh.nhs.uk/supporting-services/anaesthetic/general-anaesthetic-and-sedation',
  },
  'gen-med-acs-palliative': {
    organisation: 'American Cancer Society',
    title: 'Glossary: palliative care or treatment',
    url: 'https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/p/palliate.html',
  },
  'gen-med-dystonia-ireland-faq': {
    organisation: 'Dystonia Ireland',
    title: 'Frequently asked questions',
    url: 'https://www.dystonia.ie/about-dystonia/faq/',
  },
  // Medicines regulators (entry medicines-regulator).
  'gen-med-pfizer-uk-regulation': {
    organisation: 'Pfizer UK',
    title: 'Medicines regulation',
    url: 'https://www.pfizer.co.uk/products/safety-of-medicines/medicines-regulation',
  },
  'gen-med-ogunyemi-approvals-comparison': {
    organisation: 'Ogunyemi et al., Newcastle University (ePrints)',
    title: 'An international comparison of medicines approvals in the United Kingdom: a retrospective analysis',
    url: 'https://eprints.ncl.ac.uk/308124',
  },
} as const satisfies Record<string, Source>;
