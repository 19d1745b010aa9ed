/**
 * Sources for the procedures and tests, therapies, rating scales and care-team entries.
 * Every URL was found with the search tool (stored copy of the page, or a citation naming
 * exactly that address) when it was added; none is guessed.
 */
import type { Source } from './source';

export const procedureCareSources = {
  // Rating scales (review rows B26, B27)
  'proc-mds-rating-scales-critique': {
    organisation: 'Albanese et al., Movement Disorders 2013 (MDS task force)',
    title: 'Dystonia rating scales: critique and recommendations',
    url: 'https://doi.org/10.1002/mds.25579',
  },
  'proc-comella-2003-rating-scales': {
    organisation: 'Comella et al., Movement Disorders 2003',
    title: 'Rating scales for dystonia: a multicenter assessment',
    url: 'https://doi.org/10.1002/mds.10377',
  },
  'proc-mds-udrs': {
    organisation: 'International Parkinson and Movement Disorder Society',
    title: 'Unified Dystonia Rating Scale (UDRS)',
    url: 'https://www.movementdisorders.org/MDS/MDS-Rating-Scales/Unified-Dystonia-Rating-Scale-UDRS-.htm',
  },
  'proc-mds-twstrs-2': {
    organisation: 'International Parkinson and Movement Disorder Society',
    title: 'Revised Toronto Western Spasmodic Torticollis Rating Scale and Psychiatric Screening Tool (TWSTRS-2 and TWSTRS-PSYCH)',
    url: 'https://www.movementdisorders.org/MDS/MDS-Clinical-Outcome-Assessment/Toronto-Western-Spasmodic-Torticollis-Rating-Scale-and-Psychiatric-Screening-Tool.htm',
  },
  'proc-comella-2016-ccdrs': {
    organisation: 'Comella et al., Movement Disorders 2016 (PubMed Central)',
    title: 'Clinimetric testing of the Comprehensive Cervical Dystonia Rating Scale',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4833533',
  },
  'proc-muller-2004-cdq24': {
    organisation: 'Müller et al., Journal of Neurology, Neurosurgery and Psychiatry 2004',
    title: 'Craniocervical dystonia questionnaire (CDQ-24): development and validation of a disease-specific quality of life instrument',
    url: 'https://doi.org/10.1136/jnnp.2003.013441',
  },
  'proc-ninds-cde-bads': {
    organisation: 'NINDS Common Data Elements (US National Institutes of Health)',
    title: 'Barry Albright Dystonia Scale (BADS)',
    url: 'https://www.commondataelements.ninds.nih.gov/report-viewer/24408/Barry%20Albright%20Dystonia%20Scale%20(BADS)',
  },

  // Deep brain stimulation and its hardware (review rows A12, B20)
  'proc-medtronic-dbs-dystonia-qa': {
    organisation: 'Medtronic UK',
    title: 'Questions and answers: getting DBS therapy for dystonia',
    url: 'https://www.medtronic.com/en-gb/l/patients/treatments-therapies/neurostimulator-dystonia/getting-therapy/questions-answers.html',
  },
  'proc-stanford-dbs-devices': {
    organisation: 'Stanford Health Care',
    title: 'The deep brain stimulator',
    url: 'https://stanfordhealthcare.org/medical-treatments/d/deep-brain-stimulation/devices.html',
  },
  'proc-timmermann-2013-rechargeable': {
    organisation: 'Timmermann et al., European Neurology 2013 (PubMed)',
    title: 'A new rechargeable device for deep brain stimulation: a prospective patient satisfaction survey',
    url: 'https://pubmed.ncbi.nlm.nih.gov/23328107/',
  },
  'proc-hu-stead-2014-dbs': {
    organisation: 'Hu and Stead, Translational Neurodegeneration 2014',
    title: 'Deep brain stimulation for dystonia',
    url: 'https://doi.org/10.1186/2047-9158-3-2',
  },

  // Focused ultrasound approval (review row B28)
  'proc-nice-ipg617': {
    organisation: 'NICE (National Institute for Health and Care Excellence)',
    title: 'Unilateral MRI-guided focused ultrasound thalamotomy for treatment-resistant essential tremor (IPG617)',
    url: 'https://www.nice.org.uk/guidance/ipg617',
  },

  // DaTscan (review rows A29, B26)
  'proc-bsuh-datscan': {
    organisation: 'University Hospitals Sussex NHS Foundation Trust',
    title: 'DaTSCAN (patient information)',
    url: 'https://www.bsuh.nhs.uk/documents/datscan/',
  },
  'proc-ietf-datscan': {
    organisation: 'International Essential Tremor Foundation',
    title: 'DaTscan',
    url: 'https://essentialtremor.org/resource/datscan/',
  },

  // Wilson's disease tests
  'proc-mayo-slit-lamp': {
    organisation: 'Mayo Clinic',
    title: 'Slit-lamp examination',
    url: 'https://www.mayoclinic.org/tests-procedures/eye-exam/multimedia/slit-lamp-examination/img-20006172',
  },

  // Other tests
  'proc-uhsussex-lumbar-puncture': {
    organisation: 'University Hospitals Sussex NHS Foundation Trust',
    title: 'Having a lumbar puncture',
    url: 'https://www.uhsussex.nhs.uk/resources/having-a-lumbar-puncture/',
  },
  'proc-walton-lumbar-puncture': {
    organisation: 'The Walton Centre NHS Foundation Trust',
    title: 'Lumbar puncture',
    url: 'https://www.thewaltoncentre.nhs.uk/patient-leaflets/lumbar-puncture/631553',
  },
  'proc-ekhuft-ct-scan': {
    organisation: 'East Kent Hospitals University NHS Foundation Trust',
    title: 'Having a CT scan',
    url: 'https://www.ekhuft.nhs.uk/patients-and-visitors/services/radiological-sciences/radiology/having-a-ct-scan/',
  },
  'proc-hey-eeg': {
    organisation: 'Hull University Teaching Hospitals NHS Trust',
    title: 'Electroencephalogram (EEG): adults',
    url: 'https://www.hey.nhs.uk/patient-leaflet/electroencephalogram-eeg-adults/',
  },
  'proc-imperial-neurophysiology': {
    organisation: 'Imperial College Healthcare NHS Trust',
    title: 'Clinical neurophysiology: patient information',
    url: 'https://www.imperial.nhs.uk/our-services/neurology/clinical-neurophysiology/patient-information',
  },
  'proc-gstt-nasendoscopy': {
    organisation: "Guy's and St Thomas' NHS Foundation Trust",
    title: 'Vocal cords and larynx examination with flexible nasendoscopy',
    url: 'https://guysandstthomas.nhs.uk/health-information/vocal-cords-and-larynx-examination-flexible-nasendoscopy',
  },
  'proc-nth-videofluoroscopy': {
    organisation: 'North Tees and Hartlepool NHS Foundation Trust',
    title: 'Videofluoroscopy examination (adult)',
    url: 'https://www.nth.nhs.uk/resources/videofluoroscopy-examination-adult/',
  },

  // Guided injections
  'proc-toxins-2021-ultrasound': {
    organisation: 'Toxins 2021 (review, MDPI)',
    title: 'The role of ultrasound for the personalized botulinum toxin treatment of cervical dystonia',
    url: 'https://doi.org/10.3390/toxins13050365',
  },
  'proc-graciani-2025-emg-us': {
    organisation: 'Graciani et al., Arquivos de Neuro-Psiquiatria 2025',
    title: 'EMG versus US: a randomized clinical trial comparing the efficacy in guiding botulinum toxin treatment in cervical dystonia',
    url: 'https://doi.org/10.1055/s-0045-1809542',
  },

  // Therapies
  'proc-kimberley-2015-retraining': {
    organisation: 'Kimberley et al., Frontiers in Human Neuroscience 2015',
    title: 'Mixed effectiveness of rTMS and retraining in the treatment of focal hand dystonia',
    url: 'https://doi.org/10.3389/fnhum.2015.00385',
  },
  'proc-byl-2020-retraining': {
    organisation: 'Byl, Journal of Physical Medicine Rehabilitation and Disabilities 2020 (review)',
    title:
      'When excessive repetition interferes with target specific motor control of the hand: do behavioral brain retraining strategies facilitate functional recovery from focal hand dystonia?',
    url: 'https://www.heraldopenaccess.us/openaccess/when-excessive-repetition-interferes-with-target-specific-motor-control-of-the-hand-do-behavioral-brain-retraining-strategies-facilitate-functional-recovery-from-focal-hand-dystonia',
  },
  'proc-rcpsych-cbt': {
    organisation: 'Royal College of Psychiatrists',
    title: 'Cognitive behavioural therapy (CBT)',
    url: 'https://www.rcpsych.ac.uk/mentalhealthinfo/treatments/cbt.aspx',
  },
  'proc-mulcahey-2023-tms': {
    organisation: 'Mulcahey et al., Dystonia 2023 (mini review)',
    title: 'Transcranial magnetic stimulation: the road to clinical therapy for dystonia',
    url: 'https://doi.org/10.3389/dyst.2023.11660',
  },

  // Care team
  'proc-dystonia-uk-diagnosis-treatment': {
    organisation: 'Dystonia UK',
    title: 'Diagnosis and treatment',
    url: 'https://www.dystonia.org.uk/pages/category/diagnosis-and-treatment',
  },
  'proc-dystonia-society-good-practice': {
    organisation: 'The Dystonia Society (now Dystonia UK), 2011; copy on Scribd',
    title: 'Dystonia: a guide to good practice for health and social care professionals',
    url: 'https://www.scribd.com/document/282241766/Good-Practice-Guide',
  },
  'proc-columbia-pmr': {
    organisation: 'ColumbiaDoctors (Columbia University Irving Medical Center)',
    title: 'What is physical medicine and rehabilitation?',
    url: 'https://www.columbiadoctors.org/specialties/rehabilitation-regenerative-medicine/patients/what-physical-medicine-and-rehabilitation',
  },
  'proc-acs-genetic-counselor': {
    organisation: 'American Cancer Society',
    title: 'Glossary: genetic counselor',
    url: 'https://www.cancer.org/cancer/glossary/glossary/g/genetic_counselor.html',
  },
  // PET scans and the creatine kinase blood test.
  'proc-privatehealth-pet-scan': {
    organisation: 'PrivateHealth.co.uk',
    title: 'What is a PET scan?',
    url: 'https://privatehealth.co.uk/digest/what-pet-scan-82276',
  },
  'proc-drjones-pet': {
    organisation: 'Dr Jones and Partners Medical Imaging (Australia)',
    title: 'PET',
    url: 'https://drjones.com.au/pet',
  },
  'proc-iaea-pet-pregnancy': {
    organisation: 'International Atomic Energy Agency',
    title: 'Radiation protection of pregnant women during PET/CT scanning',
    url: 'https://www.iaea.org/resources/rpop/health-professionals/nuclear-medicine/pet-ct/pregnant-women',
  },
  'proc-medlineplus-creatine-kinase': {
    organisation: 'MedlinePlus (lab tests)',
    title: 'Creatine kinase (CK) test',
    url: 'https://medlineplus.gov/lab-tests/creatine-kinase/',
  },
} as const satisfies Record<string, Source>;
