import type { GlossaryEntry } from '../types';

export const anatomy: GlossaryEntry[] = [
  {
    id: 'putamen',
    term: 'putamen',
    aliases: [],
    category: 'anatomy',
    pronunciation: 'pew-TAY-men',
    short: 'A part of the basal ganglia, deep in the brain. It helps start and smooth out movement.',
    long: 'The putamen is one of the basal ganglia, a set of structures deep inside the brain that help control movement. Together with the caudate nucleus it forms the striatum. Research links changes in how the putamen works to dystonia, although in most people with isolated dystonia a standard MRI scan of it looks normal.',
    related: ['basal-ganglia', 'striatum', 'caudate-nucleus', 'globus-pallidus'],
    sources: ['dystonia-ireland-glossary', 'cleveland-dystonia'],
  },
];
