import type { GlossaryEntry } from '../types';

/**
 * Procedures and tests. None of these gives dystonia context (category default): MRI, EMG,
 * CT, EEG and most operations appear on pages about anything (review row D1). The one
 * exception is selective peripheral denervation, an operation done only for cervical dystonia.
 */
export const procedures: GlossaryEntry[] = [
  // Surgery and brain stimulation
  {
    id: 'deep-brain-stimulation',
    term: 'deep brain stimulation',
    aliases: ['deep brain stimulator', 'deep brain stimulators', 'brain pacemaker', 'brain pacemakers'],
    // Review row B19: 'neurostimulator' is broader (spinal cord, vagus nerve and bladder
    // stimulators) and now lives, gated, on implantable-pulse-generator. 'DBS' needs its long
    // form or a page about dystonia: in the UK a "DBS check" is a criminal-record check (never
    // highlighted, src/matching/word-edges.ts), and pages about it are not about dystonia.
    abbreviations: ['DBS'],
    contextGated: ['DBS'],
    contextUnlocksAbbreviations: ['DBS'],
    category: 'procedures',
    short:
      'Surgery that places thin wires deep in the brain. They are linked to a small battery under the skin, which sends mild electrical pulses to calm the brain signals behind dystonia.',
    long: 'In dystonia the wires usually go into the globus pallidus (GPi), part of the basal ganglia. The battery, called a pulse generator, usually sits under the skin of the chest. A specialist team sets and adjusts the stimulation, and the settings can be changed over time. Unlike tremor, dystonia often improves slowly, over weeks or months. DBS is mainly offered when medicines and botulinum toxin have not helped enough. Results tend to be better in isolated dystonia than in dystonia caused by brain injury. Risks include bleeding, infection and problems with the hardware. You can ask your team what results are realistic for your type of dystonia.',
    safety:
      'If the stimulation stops, dystonia can come back within hours to days, sometimes as an emergency called status dystonicus. This can happen if the battery runs down, a rechargeable battery is not charged, a wire breaks or the device is switched off. Contact your DBS team urgently if your dystonia suddenly gets much worse or the device stops working, and get emergency help if it is severe. Carry your device card, and tell any doctor, dentist or therapist about the implant before any treatment: never have diathermy (deep heat treatment), and check with your team before MRI or ultrasound therapy.',
    keywords: ['brain surgery', 'electrodes', 'stimulator', 'implant', 'pacemaker'],
    related: [
      'implantable-pulse-generator',
      'dbs-programming',
      'globus-pallidus',
      'status-dystonicus',
      'isolated-dystonia',
      'neurosurgeon',
      'movement-disorder-specialist',
    ],
    sources: [
      'mayo-dystonia-treatment',
      'proc-hu-stead-2014-dbs',
      'cond-yianni-dbs-failure-2004',
      'proc-medtronic-dbs-dystonia-qa',
      'proc-stanford-dbs-devices',
      'msd-dystonias',
    ],
  },
  {
    id: 'implantable-pulse-generator',
    term: 'implantable pulse generator',
    aliases: [
      'implantable pulse generators',
      'implanted pulse generator',
      'implanted pulse generators',
      'pulse generator',
      'pulse generators',
      'DBS battery',
      'DBS batteries',
      'deep brain stimulator battery',
      'deep brain stimulation battery',
      'rechargeable stimulator',
      'rechargeable stimulators',
      'neurostimulator',
      'neurostimulators',
    ],
    abbreviations: ['IPG', 'IPGs'],
    // Pacemakers for the heart and spinal cord stimulators also have pulse generators, so the
    // general names wait for dystonia context; the DBS battery names are specific.
    contextGated: [
      'implantable pulse generator',
      'implantable pulse generators',
      'implanted pulse generator',
      'implanted pulse generators',
      'pulse generator',
      'pulse generators',
      'rechargeable stimulator',
      'rechargeable stimulators',
      'neurostimulator',
      'neurostimulators',
      'IPG',
      'IPGs',
    ],
    category: 'procedures',
    short:
      'The sealed, battery-powered part of a stimulator, placed under the skin. It sends electrical pulses along thin wires. In deep brain stimulation it is often just called the battery.',
    long: 'For deep brain stimulation the pulse generator usually sits under the skin below the collarbone, joined to the brain wires by a thin extension wire under the skin of the neck. A battery that cannot be recharged lasts a few years and is then replaced in a smaller operation. In dystonia it often runs down sooner, because the settings tend to use more power. A rechargeable battery lasts much longer, but you need to charge it regularly through the skin with a charger. You can ask how to check it yourself and what warning signs to look for.',
    safetyFrom: 'deep-brain-stimulation',
    keywords: ['battery', 'stimulator battery', 'battery replacement', 'charger', 'charging'],
    related: ['deep-brain-stimulation', 'dbs-programming', 'status-dystonicus', 'neurosurgeon'],
    sources: ['proc-stanford-dbs-devices', 'proc-timmermann-2013-rechargeable', 'cond-yianni-dbs-failure-2004', 'proc-hu-stead-2014-dbs'],
  },
  {
    id: 'dbs-programming',
    term: 'DBS programming',
    aliases: ['DBS settings', 'stimulation settings', 'stimulator programming', 'stimulator settings', 'patient programmer', 'patient programmers'],
    contextGated: ['stimulation settings', 'stimulator settings', 'patient programmer', 'patient programmers'],
    category: 'procedures',
    short:
      'Setting and adjusting a deep brain stimulator. A specialist uses a programmer to change how strong the pulses are, how often they come, and which contacts on the wire send them.',
    long: 'Programming is done after the operation and again at follow-up visits. In dystonia it often takes several visits over months to find the best settings, because the benefit builds up slowly. Some people have a small handheld patient programmer that lets them check the battery or switch between settings chosen by the team. If a setting causes side effects, such as tingling or muscle pulling, the team can usually change it. Keep a note of how you are between visits to help the team decide what to change.',
    keywords: ['settings', 'adjustment', 'programmer', 'remote control'],
    related: ['deep-brain-stimulation', 'implantable-pulse-generator', 'movement-disorder-specialist', 'dystonia-nurse-specialist'],
    sources: ['proc-hu-stead-2014-dbs', 'proc-medtronic-dbs-dystonia-qa', 'proc-timmermann-2013-rechargeable'],
  },
  {
    id: 'pallidotomy',
    term: 'pallidotomy',
    aliases: ['pallidotomies'],
    category: 'procedures',
    pronunciation: 'pal-ih-DOT-uh-mee',
    short:
      'Brain surgery that destroys a tiny spot in the globus pallidus, deep in the brain, to calm the signals behind dystonia. The lesion is permanent, but results vary and symptoms can come back.',
    long: 'A lesion is a small area of brain tissue that is destroyed on purpose. Pallidotomy targets the same area often used for deep brain stimulation, but makes a lesion instead of placing a device. It was used for severe dystonia before deep brain stimulation became common. It is still chosen in some cases, for example when an implant is not suitable. Unlike deep brain stimulation, it cannot be adjusted or switched off. You can ask your surgeon why a lesion is suggested rather than stimulation, and what the risks are for you.',
    keywords: ['brain surgery', 'lesion'],
    related: ['globus-pallidus', 'ablation', 'deep-brain-stimulation', 'thalamotomy', 'focused-ultrasound'],
    sources: ['dystonia-ireland-glossary', 'cleveland-dystonia', 'proc-hu-stead-2014-dbs'],
  },
  {
    id: 'thalamotomy',
    term: 'thalamotomy',
    aliases: ['thalamotomies', 'focused-ultrasound thalamotomy', 'focussed-ultrasound thalamotomy'],
    category: 'procedures',
    pronunciation: 'thal-uh-MOT-uh-mee',
    short:
      'Brain surgery that destroys a tiny spot in the thalamus, deep in the brain. It is mostly used for tremor. The lesion is permanent, but results vary and symptoms can come back.',
    long: "The thalamus is a relay station that passes movement signals between parts of the brain. Thalamotomy is best known as a treatment for tremor. A few specialist clinics have also used it for some dystonias, especially hand dystonia such as writer's cramp. It can be done with a heated probe or, without any cut, with focused ultrasound guided by MRI. Focused ultrasound treats one side of the brain only. Unlike deep brain stimulation, a thalamotomy cannot be adjusted. You can ask about the risks, which include weakness, numbness, and problems with speech or balance.",
    keywords: ['brain surgery', 'tremor surgery', 'lesion'],
    related: ['thalamus', 'ablation', 'focused-ultrasound', 'pallidotomy', 'writers-cramp', 'deep-brain-stimulation'],
    sources: ['dystonia-ireland-glossary', 'cleveland-dystonia', 'proc-nice-ipg617'],
  },
  {
    id: 'focused-ultrasound',
    term: 'focused ultrasound',
    aliases: [
      'focussed ultrasound',
      'MR-guided focused ultrasound',
      'MRI-guided focused ultrasound',
      'MR-guided focussed ultrasound',
      'MRI-guided focussed ultrasound',
    ],
    abbreviations: ['MRgFUS'],
    // Review row B16: plain 'focused ultrasound' is common for prostate, fibroid and cosmetic
    // treatments, so it waits for context; the MR-guided forms and MRgFUS stay ungated.
    contextGated: ['focused ultrasound', 'focussed ultrasound'],
    category: 'procedures',
    short:
      'A treatment that focuses many beams of ultrasound on one tiny spot inside the body, to heat and destroy it without any cut. For tremor, the target is deep in the brain.',
    long: 'An MRI scanner guides the beams, so the team can see the target during the treatment. For tremor it makes a small lesion in the thalamus (a thalamotomy). In the UK, NICE guidance from 2018 says it can be used for essential tremor that has not responded to other treatment, on one side of the brain only, with special arrangements for consent and for checking results. Rules differ between countries. For dystonia it is still being studied and is not a standard treatment. Like other lesion operations, its effect cannot be adjusted or undone. If it is suggested, you can ask whether it would be part of a research study and what the known risks are.',
    keywords: ['sound waves', 'no incision', 'tremor treatment'],
    related: ['thalamotomy', 'ablation', 'mri', 'essential-tremor', 'deep-brain-stimulation'],
    sources: ['proc-nice-ipg617', 'cleveland-dystonia'],
  },
  {
    id: 'ablation',
    term: 'ablation',
    aliases: ['ablations', 'ablative surgery', 'ablative brain surgery', 'lesioning', 'stereotactic lesioning', 'lesioning surgery'],
    // 'Ablation' is everyday heart, womb and tumour treatment vocabulary, and 'lesioning' is
    // also used for nerve treatments for back pain. The word 'lesion' belongs to the
    // general-words entry.
    contextGated: ['ablation', 'ablations', 'lesioning'],
    category: 'procedures',
    pronunciation: 'ab-LAY-shun',
    short:
      'Treatment that destroys a small, chosen area of tissue on purpose, for example with heat. In dystonia and tremor, the target is a tiny spot deep in the brain.',
    long: 'In movement disorders, ablation (also called lesioning) means operations such as pallidotomy and thalamotomy. The surgeon makes a small lesion, a spot of destroyed tissue, with a heated probe or with focused ultrasound. Before deep brain stimulation, these were the main operations for severe dystonia and tremor. There is no implant to look after. But the lesion is permanent and cannot be adjusted, and the benefit may fade over time. On other pages the word often means a different treatment, such as ablation for heart rhythm problems.',
    keywords: ['lesion surgery', 'brain surgery', 'destroying tissue'],
    related: ['pallidotomy', 'thalamotomy', 'focused-ultrasound', 'deep-brain-stimulation', 'lesion'],
    sources: ['dystonia-ireland-glossary', 'proc-nice-ipg617', 'proc-hu-stead-2014-dbs'],
  },
  {
    id: 'selective-peripheral-denervation',
    term: 'selective peripheral denervation',
    aliases: ['selective denervation'],
    category: 'procedures',
    // Done only for cervical dystonia, so the phrase shows what the page is about.
    dystoniaContext: true,
    pronunciation: 'suh-LEK-tiv puh-RIF-er-ul dee-ner-VAY-shun',
    short:
      'An operation for cervical dystonia. The surgeon cuts the nerve branches to the neck muscles that pull too hard, and leaves the other muscles working.',
    long: 'It is mainly considered for people whose cervical dystonia no longer responds well to botulinum toxin. Before surgery, EMG is often used to find which muscles are overactive. The cut is permanent, but results vary and symptoms can come back, for example through other muscles. Numbness at the back of the head or neck can also occur. Only a few specialist centres offer it. Exercises with a physiotherapist afterwards help with posture and movement.',
    keywords: ['neck surgery', 'nerve cutting', 'torticollis surgery'],
    related: ['cervical-dystonia', 'botulinum-toxin', 'emg', 'physiotherapist', 'neurosurgeon'],
    sources: ['mayo-dystonia-treatment', 'cleveland-dystonia', 'proc-dystonia-society-good-practice'],
  },
  {
    id: 'myectomy',
    term: 'eyelid myectomy',
    aliases: [
      'eyelid myectomies',
      'orbicularis myectomy',
      'orbicularis oculi myectomy',
      'myectomy',
      'myectomies',
    ],
    // Bare 'myectomy' is also septal myectomy on heart pages (review row D1).
    contextGated: ['myectomy', 'myectomies'],
    category: 'procedures',
    pronunciation: 'my-EK-tuh-mee',
    short:
      'Surgery to remove part of a muscle. In dystonia, it usually means removing part of the muscle that shuts the eyelids, to treat blepharospasm.',
    long: 'Eyelid myectomy removes part of the orbicularis oculi, the muscle that squeezes the eyelids shut. It may be considered when botulinum toxin injections no longer control blepharospasm well enough. It is done by surgeons who are experts in eyelid surgery. Swelling and bruising can take weeks to settle, and some people still need botulinum toxin afterwards. You can ask the surgeon how the operation might change the look of your eyelids and how they close. On heart pages, septal myectomy is a different operation, on the heart muscle.',
    keywords: ['eyelid surgery', 'eyelids', 'blinking'],
    related: ['blepharospasm', 'orbicularis-oculi', 'botulinum-toxin', 'apraxia-of-eyelid-opening', 'ophthalmologist'],
    sources: ['dmrf-blepharospasm'],
  },

  // Injections
  {
    id: 'guided-injection',
    term: 'guided injection',
    aliases: [
      'guided injections',
      'EMG-guided injection',
      'EMG-guided injections',
      'ultrasound-guided injection',
      'ultrasound-guided injections',
      'EMG guidance',
      'ultrasound guidance',
    ],
    category: 'procedures',
    short:
      'An injection where the doctor uses a test or a scan, such as EMG or ultrasound, to put the needle in just the right muscle.',
    long: 'Botulinum toxin works best when it reaches the overactive muscles, and some neck, jaw, voice box and forearm muscles are small or deep. With EMG guidance, the injection needle also picks up the muscle\'s electrical signals, so the doctor can hear or see that the tip is in an active muscle. With ultrasound guidance, the doctor watches the muscles and the needle on a screen. Both can be used together, and many people are injected without either. In one trial in cervical dystonia, results were similar with EMG and with ultrasound. You can ask which method your clinic uses and why.',
    keywords: ['injection', 'needle', 'ultrasound', 'botox injection'],
    related: ['botulinum-toxin', 'emg', 'cervical-dystonia', 'laryngeal-dystonia'],
    sources: ['proc-toxins-2021-ultrasound', 'proc-graciani-2025-emg-us', 'msd-dystonias'],
  },

  // Tests
  {
    id: 'mri',
    term: 'MRI',
    aliases: ['magnetic resonance imaging', 'MRI scan', 'MRI scans'],
    abbreviations: ['MRI', 'MRIs'],
    category: 'procedures',
    short:
      'A scan that uses a strong magnet and radio waves to make detailed pictures of the brain or body. It uses no X-rays.',
    long: 'Doctors often order a brain MRI to look for other causes of dystonia, such as a stroke, an injury, a tumour or signs of Wilson\'s disease. When dystonia has no known cause, or a genetic cause, the scan is usually normal. A normal scan does not mean the dystonia is not real: the problem is thought to lie in how brain circuits work, which a standard scan cannot show. The scan is painless but noisy, and you lie still inside a tunnel for a while.',
    safety:
      'If you have a deep brain stimulator, a medicine pump or any other implant, tell the scanning team before the scan. Some implants are not safe in an MRI scanner, and others need special settings first.',
    keywords: ['scan', 'brain scan', 'magnet', 'scanner'],
    related: ['ct-scan', 'isolated-dystonia', 'secondary-dystonia', 'wilsons-disease', 'deep-brain-stimulation'],
    sources: ['mayo-dystonia-treatment', 'cleveland-dystonia', 'msd-dystonias', 'proc-medtronic-dbs-dystonia-qa'],
  },
  {
    id: 'ct-scan',
    term: 'CT scan',
    aliases: ['CT scans', 'CAT scan', 'CAT scans', 'computed tomography', 'computerised tomography', 'computerized tomography'],
    abbreviations: ['CT'],
    contextGated: ['CT'],
    category: 'procedures',
    short:
      'A scan that uses X-rays and a computer to make pictures of slices through the body or brain. It is quick and painless.',
    long: 'You lie on a bed that moves through a ring-shaped scanner, which takes X-ray pictures from many angles. In dystonia, a brain CT or MRI can show some causes, such as a stroke or a tumour. When dystonia has no known cause, the scan is usually normal. CT uses a small dose of X-rays, while MRI uses none, so tell the team if you are or might be pregnant.',
    keywords: ['scan', 'x-ray scan', 'brain scan'],
    related: ['mri', 'stroke', 'secondary-dystonia'],
    sources: ['proc-ekhuft-ct-scan', 'mayo-dystonia-treatment'],
  },
  {
    id: 'emg',
    term: 'EMG',
    aliases: ['electromyography', 'electromyogram', 'electromyograms', 'electromyographic'],
    abbreviations: ['EMG'],
    category: 'procedures',
    short:
      'A test that records the electrical signals in muscles. Thin needles or sticky pads on the skin pick up the signals as muscles tighten.',
    long: 'EMG is short for electromyography. In dystonia, it can show which muscles are overactive and whether opposing muscles tighten at the same time (co-contraction). It can also help tell dystonia apart from other conditions. It is often used during botulinum toxin injections: the needle picks up the muscle\'s signals, which helps the doctor find the right muscle, especially a small or deep one. Needle EMG can be briefly uncomfortable. Wear loose clothing to the appointment.',
    keywords: ['muscle test', 'needle test', 'electrical test'],
    related: ['guided-injection', 'botulinum-toxin', 'electrophysiology', 'nerve-conduction-study', 'co-contraction', 'biofeedback'],
    sources: ['mayo-dystonia-treatment', 'msd-dystonias', 'proc-imperial-neurophysiology'],
  },
  {
    id: 'nerve-conduction-study',
    term: 'nerve conduction study',
    aliases: ['nerve conduction studies', 'nerve conduction test', 'nerve conduction tests'],
    abbreviations: ['NCS'],
    contextGated: ['NCS'],
    category: 'procedures',
    short:
      'A test of how well the nerves in your arms or legs carry signals. Small pads on the skin give brief electric pulses and record the response.',
    long: 'The pulses feel like a quick tap or tingle. The test is often done together with EMG, in a clinical neurophysiology department. In people with dystonia it can help check for other causes of weakness, numbness or cramps in a hand or foot, such as a trapped or damaged nerve. Wear loose clothing to the appointment.',
    keywords: ['nerve test', 'electrical test', 'tingling test'],
    related: ['emg', 'electrophysiology', 'clinical-neurophysiologist'],
    sources: ['proc-imperial-neurophysiology', 'msd-dystonias'],
  },
  {
    id: 'eeg',
    term: 'EEG',
    aliases: ['electroencephalogram', 'electroencephalograms', 'electroencephalography'],
    abbreviations: ['EEG', 'EEGs'],
    category: 'procedures',
    short:
      'A test that records the electrical activity of the brain, often called brain waves. Small discs are stuck to the scalp with a paste. It is painless.',
    long: 'An EEG helps doctors explain fits or seizures. In movement disorders it can help when sudden attacks of abnormal movement might be epileptic seizures instead. A video is often recorded at the same time. You may be asked to breathe deeply or look at flashing lights, which in a few people can bring on a seizure. Come with clean, dry hair and no hair products.',
    keywords: ['brain waves', 'brain test', 'seizure test'],
    related: ['electrophysiology', 'paroxysmal-dyskinesia', 'clinical-neurophysiologist'],
    sources: ['proc-hey-eeg', 'proc-imperial-neurophysiology'],
  },
  {
    id: 'electrophysiology',
    term: 'electrophysiology',
    aliases: ['electrophysiological', 'electrophysiologic', 'neurophysiology tests', 'neurophysiological tests'],
    category: 'procedures',
    pronunciation: 'ih-lek-troh-fiz-ee-OL-uh-jee',
    short:
      "Tests that measure the body's electrical signals. In neurology they record nerves, muscles or the brain; EMG is one example. Heart doctors use the word for heart rhythm tests.",
    long: 'The tests include EMG, nerve conduction studies and EEG, a recording of brain waves. They are done in a clinical neurophysiology department. In movement disorders, specialists can record several muscles at once, sometimes with video. This shows a movement in detail, for example to tell dystonia from tremor or sudden jerks (myoclonus). Researchers also use these tests to study how the brain controls movement in dystonia. Most people with dystonia do not need them, because the diagnosis is usually made by a careful examination.',
    keywords: ['nerve test', 'electrical tests', 'brain waves'],
    related: ['emg', 'nerve-conduction-study', 'eeg', 'clinical-neurophysiologist', 'myoclonus'],
    sources: ['proc-imperial-neurophysiology', 'proc-hey-eeg', 'msd-dystonias'],
  },
  {
    id: 'lumbar-puncture',
    term: 'lumbar puncture',
    aliases: ['lumbar punctures', 'spinal tap', 'spinal taps'],
    abbreviations: ['LP'],
    contextGated: ['LP'],
    category: 'procedures',
    short:
      'A test where a thin needle is put into the lower back, between the bones of the spine. It takes a small sample of the fluid around the brain and spinal cord.',
    long: 'The fluid is called cerebrospinal fluid (CSF). You usually lie curled on your side, and the skin is numbed with a local anaesthetic first. Testing the fluid can help diagnose infection, inflammation and some rare conditions, including a few that cause dystonia, such as problems with how the brain makes dopamine. A lumbar puncture can also be used to give a medicine straight into this fluid. A headache that is worse when you sit or stand and eases when you lie down is the most common side effect. Contact the team if a headache is severe or does not settle, or if you get a fever or a stiff neck.',
    keywords: ['spine needle', 'back needle', 'spinal fluid'],
    related: ['intrathecal-baclofen', 'dopa-responsive-dystonia', 'encephalitis'],
    sources: ['proc-walton-lumbar-puncture', 'proc-uhsussex-lumbar-puncture', 'gen-genereviews-gch1'],
  },
  {
    id: 'datscan',
    term: 'DaTscan',
    aliases: ['DaT scan', 'DaT scans', 'dopamine transporter scan', 'dopamine transporter scans', 'dopamine transporter imaging', 'DaT SPECT', 'ioflupane'],
    category: 'procedures',
    short:
      'A brain scan that shows the nerve cells that make dopamine. A small amount of a radioactive tracer is injected first, then a special camera takes pictures.',
    long: 'A DaTscan shows the dopamine transporter, a protein on the endings of dopamine nerve cells in the striatum. The scan looks reduced when these nerve cells are lost, as in Parkinson\'s disease. In dopa-responsive dystonia, dopamine-transporter imaging is normal, because the nerve cells are still there but make too little dopamine. This can help tell dopa-responsive dystonia apart from young-onset Parkinson\'s disease, and essential tremor apart from Parkinson\'s. Many centres first give you iodine tablets or a drink, to protect the thyroid gland from the tracer. The scan itself is done about three hours after the injection and takes under an hour. The radiation dose is small, but you may be asked to keep a little distance from young children and pregnant people for the rest of the day.',
    safety:
      'Before the scan, tell the team about all the medicines you take, and whether you are or might be pregnant, or are breastfeeding. Do not stop any medicine for the scan unless the team tells you to.',
    keywords: ['brain scan', 'dopamine scan', 'parkinson test', 'nuclear scan'],
    related: ['dopamine-transporter', 'dopa-responsive-dystonia', 'parkinsons-disease', 'essential-tremor', 'striatum', 'levodopa-trial'],
    sources: ['proc-bsuh-datscan', 'proc-ietf-datscan', 'gen-genereviews-gch1'],
  },
  {
    id: 'pet-scan',
    term: 'PET scan',
    aliases: ['positron emission tomography'],
    // Case-sensitive so "pet scan" (a pet's microchip) and PET plastic stay clean; "PET"
    // alone is gated because it also means animals and the plastic.
    abbreviations: ['PET scan', 'PET scans', 'PET Scan', 'PET Scans', 'PET', 'PET-CT', 'PET-CT scan', 'PET-CT scans', 'PET-MRI'],
    contextGated: ['PET'],
    dystoniaContext: false,
    category: 'procedures',
    short:
      'A scan that shows how active different parts of the body or brain are. A small amount of a radioactive tracer is given first, then a scanner takes pictures.',
    long: "PET stands for positron emission tomography. The tracer is usually injected into a vein. It is often a form of sugar, so it collects where cells use the most sugar, and the scanner picks up the signals it gives off to build 3-D pictures. So the scan shows how tissues are working, not only what they look like, as an MRI or X-ray does. It is often done together with a CT scan (PET-CT). It is used mostly for cancer, and sometimes for the heart and for brain conditions such as epilepsy or Alzheimer's disease. You rest for about an hour after the injection while the tracer spreads, and you may be asked not to eat for some hours before. The team will tell you how to prepare.",
    safety:
      'Tell the team before the scan if you are or might be pregnant, or are breastfeeding. The tracer is slightly radioactive, so you may be asked to keep away from pregnant women, babies and young children for a while afterwards.',
    keywords: ['scan', 'brain scan', 'nuclear scan', 'radioactive tracer'],
    related: ['ct-scan', 'mri', 'datscan'],
    sources: ['proc-privatehealth-pet-scan', 'proc-drjones-pet', 'proc-iaea-pet-pregnancy'],
  },
  {
    id: 'creatine-kinase',
    term: 'creatine kinase',
    aliases: ['creatine kinase test', 'creatine kinase tests', 'creatine phosphokinase'],
    abbreviations: ['CK', 'CPK'],
    contextGated: ['CK', 'CPK'],
    // On a dystonia page CK can only be this blood test (status dystonicus, rhabdomyolysis).
    contextUnlocksAbbreviations: ['CK'],
    dystoniaContext: false,
    category: 'procedures',
    pronunciation: 'KREE-uh-teen KY-nayz',
    short: 'A blood test that measures an enzyme that leaks out of damaged muscle. A high level means muscle is breaking down.',
    long: 'Creatine kinase (CK), also called creatine phosphokinase (CPK), is an enzyme found mostly in the muscles you use to move, with smaller amounts in the heart and brain. A little gets into the blood all the time, but much more does when muscle is damaged. In dystonia, doctors check CK during status dystonicus. Nonstop, severe spasms can break down muscle (rhabdomyolysis), and this can harm the kidneys. Repeated tests show whether the muscle damage is getting worse or settling. Very hard exercise and some medicines can also raise CK, so the result is read alongside your symptoms.',
    safetyFrom: 'rhabdomyolysis',
    keywords: ['blood test', 'muscle damage', 'muscle enzyme', 'muscle breakdown'],
    related: ['status-dystonicus', 'rhabdomyolysis', 'neuroleptic-malignant-syndrome'],
    sources: ['proc-medlineplus-creatine-kinase', 'allen-2014-status-dystonicus'],
  },
  {
    id: 'levodopa-trial',
    term: 'levodopa trial',
    aliases: ['levodopa trials', 'trial of levodopa', 'L-dopa trial', 'trial of L-dopa'],
    category: 'procedures',
    short:
      'Taking levodopa for a set time to see if dystonia gets better. A clear, lasting change points to dopa-responsive dystonia, which can be treated.',
    long: 'Dopa-responsive dystonia can look like other types and responds very well to treatment. So doctors often suggest a levodopa trial for children and young adults whose dystonia has no clear cause. The medicine is usually carbidopa-levodopa, started at a low dose and raised slowly. Dystonia UK notes that a trial is much less likely to be offered for adult-onset dystonia, unless early-onset dystonia runs in the family. Keep notes or videos of your symptoms before and during the trial. Agree with your doctor how long it will last, how the result will be judged, and how to stop the medicine safely at the end if it does not help.',
    keywords: ['medicine trial', 'test dose', 'dopamine trial'],
    related: ['levodopa', 'carbidopa-levodopa', 'dopa-responsive-dystonia', 'early-onset-dystonia', 'datscan'],
    sources: ['dystonia-uk-drugs', 'mayo-dystonia-treatment'],
  },

  // Tests for Wilson's disease
  {
    id: 'ceruloplasmin',
    term: 'ceruloplasmin',
    aliases: ['caeruloplasmin', 'ceruloplasmin test', 'caeruloplasmin test', 'serum ceruloplasmin', 'serum caeruloplasmin'],
    category: 'procedures',
    pronunciation: 'suh-roo-loh-PLAZ-min',
    short:
      'A protein in the blood that carries copper. A blood test for it is one of the first tests for Wilson\'s disease, a treatable cause of dystonia.',
    long: 'In Wilson\'s disease the body cannot get rid of copper properly, and the level of ceruloplasmin in the blood is usually low. No single test proves or rules out Wilson\'s disease, so doctors combine this blood test with a 24-hour urine copper test, an eye check with a slit lamp and sometimes a liver sample or a gene test. Doctors often check for it when a movement disorder starts in a child or an adult up to middle age without a clear cause. A low result can also have other causes, so your doctor will explain what yours means.',
    keywords: ['copper test', 'copper blood test', 'blood test', 'wilson test'],
    related: ['wilsons-disease', 'urine-copper-test', 'slit-lamp-examination', 'kayser-fleischer-ring', 'genetic-testing'],
    sources: ['gen-genereviews-wilson'],
  },
  {
    id: 'urine-copper-test',
    term: '24-hour urine copper',
    aliases: [
      '24-hour urine copper test',
      '24-hour urinary copper',
      '24-hour urinary copper excretion',
      'urine copper',
      'urine copper test',
      'urinary copper',
      'urinary copper excretion',
    ],
    category: 'procedures',
    short:
      'A test that measures how much copper you pass in your urine over a whole day. A high level is a sign of Wilson\'s disease.',
    long: 'You collect all your urine for 24 hours in containers from the laboratory. An incomplete collection can give a wrong result, so follow the instructions closely. In Wilson\'s disease copper builds up in the body, and more of it spills into the urine. The test is used with the ceruloplasmin blood test and an eye check with a slit lamp, and it can also be used to follow treatment.',
    keywords: ['copper test', 'urine test', 'urine collection', 'wilson test'],
    related: ['wilsons-disease', 'ceruloplasmin', 'slit-lamp-examination'],
    sources: ['gen-genereviews-wilson'],
  },
  {
    id: 'slit-lamp-examination',
    term: 'slit-lamp examination',
    aliases: ['slit-lamp examinations', 'slit-lamp exam', 'slit-lamp exams', 'slit lamp', 'slit lamps'],
    category: 'procedures',
    short:
      'An eye check with a microscope that shines a thin, bright line of light into the eye. It gives a close, magnified view of the front of the eye.',
    long: 'You rest your chin on a support while the eye doctor looks through the microscope. It is painless, though the light is bright. In people with a movement disorder, it is used to look for Kayser-Fleischer rings: brownish rings of copper at the edge of the clear front of the eye, a sign of Wilson\'s disease. They cannot usually be seen without a slit lamp. Almost everyone with Wilson\'s disease that affects the brain has them, but young children and people with only liver problems may not.',
    keywords: ['eye test', 'eye exam', 'copper rings', 'wilson test'],
    related: ['kayser-fleischer-ring', 'wilsons-disease', 'ceruloplasmin', 'ophthalmologist'],
    sources: ['proc-mayo-slit-lamp', 'gen-genereviews-wilson'],
  },

  // Voice and swallowing tests
  {
    id: 'laryngoscopy',
    term: 'laryngoscopy',
    aliases: [
      'laryngoscopies',
      'flexible laryngoscopy',
      'nasendoscopy',
      'nasendoscopies',
      'nasoendoscopy',
      'nasolaryngoscopy',
      'flexible nasendoscopy',
      'videostroboscopy',
      'laryngeal stroboscopy',
    ],
    category: 'procedures',
    pronunciation: 'lar-in-GOS-kuh-pee',
    short:
      'A look at the voice box with a camera. Often a thin, flexible tube is passed gently through the nose (nasendoscopy) while you speak.',
    long: 'An ear, nose and throat (ENT) specialist or a speech and language therapist may use it to see how the vocal folds move while you speak, sing or hum. This helps the team check for other causes of voice problems and plan treatment, for example in laryngeal dystonia. A flashing light (stroboscopy) can make the vibrations look slowed down. It can feel uncomfortable but should not hurt, and a numbing spray can help. It takes only a few minutes, in the clinic.',
    keywords: ['camera test', 'voice box camera', 'throat camera', 'nose camera'],
    related: ['laryngeal-dystonia', 'vocal-folds', 'ent-specialist', 'speech-and-language-therapist', 'videofluoroscopy'],
    sources: ['proc-gstt-nasendoscopy'],
  },
  {
    id: 'videofluoroscopy',
    term: 'videofluoroscopy',
    aliases: [
      'videofluoroscopies',
      'video fluoroscopy',
      'videofluoroscopic swallow study',
      'videofluoroscopic swallowing study',
      'modified barium swallow',
      'modified barium swallow study',
    ],
    abbreviations: ['VFSS'],
    contextGated: ['VFSS'],
    category: 'procedures',
    pronunciation: 'vid-ee-oh-floo-uh-ROS-kuh-pee',
    short:
      'A moving X-ray of your swallowing. You eat and drink small amounts mixed with barium, which shows up on the X-ray, while it is recorded.',
    long: 'It is usually arranged by a speech and language therapist and done in the X-ray department. It shows where food and drink go as you swallow, including whether any goes towards the airway. In dystonia that affects the mouth, throat or neck, it helps find out why swallowing is hard and which foods, drink thicknesses or head positions are safest. You do not usually need to fast, and you can take your medicines as usual.',
    keywords: ['swallow test', 'swallowing x-ray', 'barium test'],
    related: ['dysphagia', 'speech-and-language-therapist', 'oromandibular-dystonia', 'laryngoscopy'],
    sources: ['proc-nth-videofluoroscopy'],
  },
];
