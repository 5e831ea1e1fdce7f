// no exports
