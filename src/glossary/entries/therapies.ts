import type { GlossaryEntry } from '../types';

/**
 * Therapies. The people who give them (physiotherapist, occupational therapist, speech and
 * language therapist) have their own entries in care-team.ts. None of these words gives
 * dystonia context: physiotherapy and speech therapy appear on pages about anything
 * (review row D1).
 */
export const therapies: GlossaryEntry[] = [
  {
    id: 'physical-therapy',
    term: 'physical therapy',
    aliases: ['physiotherapy', 'physio'],
    abbreviations: ['PT'],
    contextGated: ['PT', 'physio'],
    category: 'therapies',
    short:
      'Treatment with exercises, stretches and advice to improve how you move, your posture and your strength. In the UK it is called physiotherapy.',
    long: 'For dystonia of one body part, such as the neck or a hand, set exercises can help posture, movement and balance, often alongside botulinum toxin injections. For dystonia of the whole body, the focus is often on comfort, positioning, getting around and equipment. Dystonia UK advises seeing a physiotherapist who knows about dystonia, because the wrong exercises or stretches can make symptoms worse. It takes regular practice at home and is not a quick fix. You can ask your neurologist whether a referral would help. The short form PT can mean the therapy or the therapist.',
    keywords: ['exercise', 'exercises', 'stretching', 'posture', 'rehab'],
    related: ['physiotherapist', 'occupational-therapy', 'botulinum-toxin', 'splinting', 'sensory-trick'],
    sources: ['dystonia-uk-physiotherapy', 'mayo-dystonia-treatment'],
  },
  {
    id: 'occupational-therapy',
    term: 'occupational therapy',
    aliases: [],
    abbreviations: ['OT'],
    contextGated: ['OT'],
    category: 'therapies',
    short:
      'Therapy that helps you manage everyday tasks at home, work or school. The therapist suggests new ways to do things, and useful tools.',
    long: 'For people with dystonia, an occupational therapist may suggest thicker pens or adapted keyboards for hand dystonia, changes to a workstation, or aids for dressing, eating and getting around. They can help with pacing and tiredness, and with returning to work or study. For children, they often work with schools on seating and support. The aim is to make daily life easier and help you stay as independent as possible; it does not cure the dystonia itself. The short form OT can mean the therapy or the therapist.',
    keywords: ['daily tasks', 'equipment', 'aids', 'adaptations', 'work'],
    related: ['occupational-therapist', 'physical-therapy', 'writers-cramp', 'splinting', 'speech-therapy'],
    sources: ['mayo-dystonia-treatment', 'dystonia-uk-what-is'],
  },
  {
    id: 'speech-therapy',
    term: 'speech therapy',
    aliases: ['speech and language therapy', 'speech-language therapy', 'voice therapy'],
    abbreviations: ['SLT', 'SALT'],
    contextGated: ['SLT', 'SALT'],
    category: 'therapies',
    short: 'Therapy for problems with speaking, the voice or swallowing. In the UK it is called speech and language therapy.',
    long: 'This therapy can help with dystonia of the voice, jaw, mouth or throat, and with swallowing problems (dysphagia). For laryngeal dystonia, voice therapy is often used alongside botulinum toxin injections to make the voice easier to use. The therapist can also check how safely you swallow, suggest ways to make eating and drinking easier, and find other ways to communicate when speaking is hard. In the UK it is often shortened to SLT or SALT.',
    keywords: ['swallowing', 'speaking', 'talking'],
    related: ['speech-and-language-therapist', 'laryngeal-dystonia', 'oromandibular-dystonia', 'dysphagia', 'videofluoroscopy'],
    sources: ['mayo-dystonia-treatment', 'proc-nth-videofluoroscopy'],
  },
  {
    id: 'biofeedback',
    term: 'biofeedback',
    aliases: ['bio-feedback', 'EMG biofeedback'],
    category: 'therapies',
    short: 'A method that shows your muscle activity on a screen or as a sound. This helps you learn to relax or control those muscles.',
    long: 'In EMG biofeedback, small sensors on the skin pick up the electrical signals of chosen muscles. Seeing or hearing the signal helps you notice when a muscle is tightening and learn to ease it. It has been tried in dystonia, often as part of physiotherapy, but the evidence comes from small studies and results vary. It is painless and has few risks. You can ask your therapist whether it suits your type of dystonia.',
    keywords: ['muscle relaxation', 'sensors', 'relaxing muscles'],
    related: ['emg', 'physical-therapy', 'occupational-therapy'],
    sources: ['dystonia-uk-physiotherapy'],
  },
  {
    id: 'splinting',
    term: 'splinting',
    aliases: ['splint', 'splints', 'orthosis', 'orthoses'],
    contextGated: true,
    category: 'therapies',
    short: 'Wearing a splint or brace to hold a hand, wrist, foot or ankle in a better position.',
    long: 'Splints, also called orthoses, can support a hand or foot, reduce strain, and help stop joints from becoming stuck in a bent position (contracture). In dystonia they are used, for example, for some children with generalized dystonia or cerebral palsy, and sometimes for hand dystonia. A splint that pushes hard against a strong dystonic pull can cause pain or skin damage, so it should be made and checked by a therapist or orthotist. Tell your therapist if a splint hurts or leaves red marks.',
    keywords: ['brace', 'support', 'hand brace', 'orthotic'],
    related: ['physical-therapy', 'occupational-therapy', 'contracture', 'cerebral-palsy'],
    sources: ['dystonia-uk-physiotherapy'],
  },
  {
    id: 'sensorimotor-retraining',
    term: 'sensorimotor retraining',
    aliases: [
      'sensorimotor training',
      'sensorimotor retuning',
      'sensory motor retraining',
      'sensory motor retuning',
      'sensory retraining',
      'learning-based sensorimotor training',
    ],
    category: 'therapies',
    short:
      'Therapy that helps the brain relearn a skilled movement that dystonia has upset, such as writing or playing an instrument. It uses slow, careful practice and exercises for touch.',
    long: "It is used mainly for focal hand dystonia, such as writer's cramp and musician's dystonia. Programmes differ. They often include practising the affected task very slowly and correctly, and exercises that sharpen touch and the sense of where the fingers are. The idea is that the brain can relearn control through practice. It takes weeks to months of regular work, ideally guided by a therapist who knows the condition and a team led by a movement disorder specialist. The evidence comes from small studies, and results vary from person to person.",
    keywords: ['retraining', 'hand exercises', 'relearning', 'musicians'],
    related: ['focal-hand-dystonia', 'writers-cramp', 'musicians-dystonia', 'occupational-therapist', 'physiotherapist'],
    sources: ['proc-byl-2020-retraining', 'proc-kimberley-2015-retraining'],
  },
  {
    id: 'cognitive-behavioural-therapy',
    term: 'cognitive behavioural therapy',
    aliases: ['cognitive behavioral therapy', 'cognitive behaviour therapy', 'cognitive behavior therapy'],
    abbreviations: ['CBT'],
    contextGated: ['CBT'],
    category: 'therapies',
    short:
      'A talking therapy. It helps you see how your thoughts, feelings, body and actions affect each other, and try more helpful ways to think and cope.',
    long: 'CBT focuses on problems in the here and now rather than on the past. It usually means a set number of sessions with a trained therapist, with practice between sessions. It can help with anxiety, low mood, stress, pain and tiredness, including when they come with a long-term condition such as dystonia. It does not treat the dystonia itself, and needing it does not mean the symptoms are imagined. You can ask your GP or neurologist about a referral.',
    keywords: ['talking therapy', 'counselling', 'anxiety', 'coping', 'psychology'],
    related: ['neuropsychologist', 'anxiety', 'depression', 'chronic-pain'],
    sources: ['proc-rcpsych-cbt'],
  },
  {
    id: 'transcranial-magnetic-stimulation',
    term: 'transcranial magnetic stimulation',
    aliases: ['repetitive transcranial magnetic stimulation'],
    abbreviations: ['TMS', 'rTMS'],
    contextGated: ['TMS', 'rTMS'],
    category: 'therapies',
    short:
      'A way of stimulating the brain from outside the head. A coil held against the scalp sends magnetic pulses that change the activity of the brain cells underneath.',
    long: 'TMS needs no surgery or anaesthetic. Researchers use it to study how the brain controls movement in dystonia. Repeated sessions (rTMS) have been tested as a treatment, mainly in small studies of hand dystonia, and results vary. It is not an approved treatment for any type of dystonia. In the US it is approved for some other conditions, such as depression and migraine. If you are offered it for dystonia, you can ask whether it is part of a research study.',
    keywords: ['magnetic stimulation', 'brain stimulation', 'magnet therapy'],
    related: ['deep-brain-stimulation', 'motor-cortex', 'focal-hand-dystonia', 'sensorimotor-retraining'],
    sources: ['proc-mulcahey-2023-tms', 'proc-kimberley-2015-retraining'],
  },
];
