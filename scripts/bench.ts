/** Placeholder until the highlighting-engine issue adds the real side-by-side benchmark. */
console.log('no benchmark yet');
