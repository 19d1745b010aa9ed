import type { GlossaryEntry } from '../types';

export const procedures: GlossaryEntry[] = [
  // Surgery
  {
    id: 'deep-brain-stimulation',
    term: 'deep brain stimulation',
    aliases: ['deep brain stimulator', 'deep brain stimulators', 'brain pacemaker', 'neurostimulator'],
    abbreviations: ['DBS'],
    contextGated: ['DBS', 'neurostimulator'],
    category: 'procedures',
    short:
      'Surgery that places thin wires deep in the brain, linked to a small battery under the skin. Mild electrical pulses calm the brain signals behind dystonia.',
    long: 'In dystonia the wires are usually placed in the globus pallidus (GPi), one of the basal ganglia. The battery, usually in the chest, is set up and adjusted by a specialist team, and the settings can be changed over time. Unlike tremor in Parkinson\'s disease, dystonia often improves slowly, over weeks or months. It is mainly offered when medicines and botulinum toxin have not helped enough, and results tend to be better in isolated dystonia than in dystonia caused by brain injury. Risks include bleeding, infection and problems with the hardware, so ask your team what results are realistic for your type of dystonia.',
    related: ['globus-pallidus', 'basal-ganglia', 'pallidotomy', 'isolated-dystonia', 'movement-disorder-specialist'],
    sources: ['mayo-dystonia', 'msd-dystonias', 'cleveland-dystonia'],
  },
  {
    id: 'pallidotomy',
    term: 'pallidotomy',
    aliases: ['pallidotomies'],
    category: 'procedures',
    pronunciation: 'pal-ih-DOT-uh-mee',
    short:
      'Brain surgery that destroys a tiny spot in the globus pallidus, deep in the brain. It can calm the signals that cause dystonia. The change is permanent.',
    long: 'Pallidotomy targets the same area often used for deep brain stimulation, but it destroys a small spot of tissue instead of placing a device. It was used for severe dystonia before deep brain stimulation became common, and is still chosen in some cases, for example when an implant is not suitable. Unlike deep brain stimulation, it cannot be adjusted or switched off. Ask your surgeon why a lesion is being suggested rather than stimulation, and what the risks are for you.',
    related: ['globus-pallidus', 'deep-brain-stimulation', 'thalamotomy', 'focused-ultrasound'],
    sources: ['dystonia-ireland-glossary', 'cleveland-dystonia'],
  },
  {
    id: 'thalamotomy',
    term: 'thalamotomy',
    aliases: ['thalamotomies', 'focused-ultrasound thalamotomy', 'focussed-ultrasound thalamotomy'],
    category: 'procedures',
    pronunciation: 'thal-uh-MOT-uh-mee',
    short:
      'Brain surgery that destroys a tiny spot in the thalamus, deep in the brain. It is mostly used for tremor. The change is permanent.',
    long: 'The thalamus is a relay station that passes movement signals between parts of the brain. Thalamotomy is best known as a treatment for tremor, and a few specialist clinics have also used it for some dystonias, especially hand dystonia such as writer\'s cramp. It can be done with a heated probe or, without any cut, with focused ultrasound guided by MRI. The effect is permanent and cannot be adjusted. Ask about the risks, which include weakness, numbness, and problems with speech or balance.',
    related: ['thalamus', 'focused-ultrasound', 'pallidotomy', 'writers-cramp', 'deep-brain-stimulation'],
    sources: ['dystonia-ireland-glossary', 'cleveland-dystonia'],
  },
  {
    id: 'focused-ultrasound',
    term: 'focused ultrasound',
    aliases: ['focussed ultrasound', 'MR-guided focused ultrasound', 'MRI-guided focused ultrasound'],
    abbreviations: ['MRgFUS'],
    category: 'procedures',
    short:
      'A treatment that aims many beams of sound waves through the skull at one tiny spot in the brain. The heat destroys that spot without any cut.',
    long: 'The beams are guided by MRI, so the team can see the target during the treatment. Focused ultrasound is approved in several countries to treat tremor, mainly essential tremor and tremor in Parkinson\'s disease, by making a small lesion in the thalamus. For dystonia it is still being studied and is not a standard treatment. Like other lesion operations, its effect is permanent and cannot be adjusted or undone. If it is suggested, ask whether it would be part of a research study and what the known risks are.',
    related: ['thalamotomy', 'pallidotomy', 'mri', 'essential-tremor', 'deep-brain-stimulation'],
    sources: ['cleveland-dystonia'],
  },
  {
    id: 'selective-peripheral-denervation',
    term: 'selective peripheral denervation',
    aliases: ['selective denervation'],
    category: 'procedures',
    pronunciation: 'suh-LEK-tiv puh-RIF-er-ul dee-ner-VAY-shun',
    short:
      'An operation for cervical dystonia. The surgeon cuts the nerve branches to the neck muscles that pull too hard, and leaves the other muscles working.',
    long: 'Selective peripheral denervation is mainly considered for people whose cervical dystonia no longer responds well to botulinum toxin. Before surgery, EMG is often used to find which muscles are overactive. The aim is to weaken those muscles for good, so the effect is permanent; numbness at the back of the head or neck can also occur. It is done in only a few specialist clinics. Exercises with a physiotherapist afterwards help with posture and range of movement.',
    related: ['cervical-dystonia', 'botulinum-toxin', 'emg', 'physical-therapy', 'deep-brain-stimulation'],
    sources: ['mayo-dystonia', 'cleveland-dystonia'],
  },
  {
    id: 'myectomy',
    term: 'myectomy',
    aliases: ['myectomies', 'eyelid myectomy'],
    contextGated: ['myectomy', 'myectomies'],
    category: 'procedures',
    pronunciation: 'my-EK-tuh-mee',
    short:
      'Surgery to take out part of a muscle. In dystonia, this is most often part of the muscle that shuts the eyelids, to treat blepharospasm.',
    long: 'Eyelid myectomy removes part of the orbicularis oculi, the muscle that squeezes the eyelids shut. It may be considered when botulinum toxin injections no longer control blepharospasm well enough. It is done by surgeons who are experts in eyelid surgery, and swelling and bruising can take weeks to settle. Some people still need botulinum toxin afterwards. Ask the surgeon how the operation might change the look of your eyelids and how they close.',
    related: ['blepharospasm', 'orbicularis-oculi', 'botulinum-toxin', 'apraxia-of-eyelid-opening'],
    sources: ['dmrf-blepharospasm'],
  },

  // Tests
  {
    id: 'mri',
    term: 'MRI',
    aliases: ['magnetic resonance imaging'],
    abbreviations: ['MRI', 'MRIs'],
    category: 'procedures',
    short:
      'A scan that uses a strong magnet and radio waves to make detailed pictures of the brain or body. It uses no X-rays.',
    long: 'In isolated dystonia, a brain MRI is usually normal. Doctors still often order one to look for other causes of dystonia, such as a stroke, an injury, or signs of Wilson\'s disease. A normal scan does not mean the dystonia is not real: the problem is thought to lie in how brain circuits work, which a standard scan cannot show. The scan is painless but noisy, and you lie still inside a tunnel for a while. If you have a deep brain stimulator or another implant, tell the team first, because only some scans are safe with it.',
    related: ['isolated-dystonia', 'secondary-dystonia', 'wilsons-disease', 'deep-brain-stimulation'],
    sources: ['mayo-dystonia', 'cleveland-dystonia', 'msd-dystonias'],
  },
  {
    id: 'emg',
    term: 'EMG',
    aliases: ['electromyography', 'electromyogram', 'electromyographic'],
    abbreviations: ['EMG'],
    category: 'procedures',
    short:
      'A test that records the electrical signals in muscles. Thin needles or sticky pads on the skin pick up the signals as muscles tighten.',
    long: 'EMG is short for electromyography. In dystonia, it can show which muscles are overactive and whether opposing muscles tighten at the same time (co-contraction), and it can help tell dystonia apart from other conditions. It is also often used during botulinum toxin injections: the injection needle picks up the muscle\'s signals, which helps the doctor find the right muscle, especially a small or deep one. Needle EMG can be briefly uncomfortable.',
    related: ['botulinum-toxin', 'electrophysiology', 'co-contraction', 'biofeedback'],
    sources: ['mayo-dystonia', 'msd-dystonias', 'cleveland-dystonia'],
  },
  {
    id: 'electrophysiology',
    term: 'electrophysiology',
    aliases: ['electrophysiological', 'electrophysiologic'],
    category: 'procedures',
    pronunciation: 'ih-lek-troh-fiz-ee-OL-uh-jee',
    short: 'Tests that measure the electrical signals of nerves, muscles and the brain. EMG is one example.',
    long: 'Electrophysiology tests include EMG, nerve conduction studies and EEG (a recording of brain waves). In movement disorders, specialists can record several muscles at once, sometimes with video, to describe a movement precisely, for example to tell dystonia from tremor, myoclonus or tics. Researchers also use these methods to study how the brain controls movement in dystonia. Most people with dystonia do not need them, because the diagnosis is usually made by a careful examination.',
    related: ['emg', 'myoclonus', 'tremor', 'surround-inhibition'],
    sources: ['albanese-2013', 'mayo-dystonia'],
  },
  {
    id: 'datscan',
    term: 'DaTscan',
    aliases: ['DaT scan', 'DaT scans', 'dopamine transporter scan', 'dopamine transporter scans', 'dopamine transporter imaging', 'DaT SPECT', 'ioflupane'],
    category: 'procedures',
    short:
      'A brain scan that shows the nerve cells that make dopamine. A small amount of a radioactive tracer is injected first, then a special camera takes pictures.',
    long: 'A DaTscan shows the dopamine transporter, a protein on the endings of dopamine nerve cells in the striatum. The scan looks reduced when these nerve cells are lost, as in Parkinson\'s disease. In dopa-responsive dystonia, dopamine-transporter imaging is normal, because the nerve cells are still there but make too little dopamine. This can help tell dopa-responsive dystonia apart from young-onset Parkinson\'s disease, and help sort out some kinds of tremor. The radiation dose is small, and there is usually a wait of a few hours between the injection and the scan.',
    related: ['dopamine-transporter', 'dopa-responsive-dystonia', 'parkinsons-disease', 'striatum', 'levodopa-trial'],
    sources: ['cleveland-dystonia', 'albanese-2013'],
  },
  {
    id: 'levodopa-trial',
    term: 'levodopa trial',
    aliases: ['levodopa trials', 'trial of levodopa', 'L-dopa trial', 'trial of L-dopa'],
    category: 'procedures',
    short:
      'Taking levodopa for a set time to see if dystonia gets better. A clear, lasting change points to dopa-responsive dystonia, which can be treated.',
    long: 'Dopa-responsive dystonia can look like other types and responds very well to treatment, so doctors often suggest a levodopa trial for children and young adults whose dystonia has no clear cause. The medicine is usually carbidopa-levodopa, started at a low dose and raised slowly. Dystonia UK notes that a trial is much less likely to be offered for adult-onset dystonia, unless early-onset dystonia runs in the family. Keep notes or videos of your symptoms before and during the trial, and agree with your doctor how long it will last and how the result will be judged.',
    related: ['levodopa', 'carbidopa-levodopa', 'dopa-responsive-dystonia', 'early-onset-dystonia', 'datscan'],
    sources: ['dystonia-uk-drugs', 'mayo-dystonia'],
  },
];
