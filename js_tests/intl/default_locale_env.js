// The default locale comes from LC_ALL (then LC_MESSAGES, LANG) as in node: numbers, NumberFormat, Segmenter.
console.log((1234567.5).toLocaleString(), 12345n.toLocaleString(), new Intl.NumberFormat().resolvedOptions().locale,
  new Intl.Segmenter('xx').resolvedOptions().locale, navigator.language);
