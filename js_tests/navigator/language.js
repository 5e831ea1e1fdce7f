// navigator.language is the default locale derived from LC_ALL / LC_MESSAGES / LANG (the sidecar sets LC_ALL)
console.log(navigator.language, navigator.languages);
