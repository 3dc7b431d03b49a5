export enum OrganisationKind {
  Operator = 'operator',
  CultureHouse = 'culture_house',
  CareCentre = 'care_centre',
}

export enum OrganisationSubKind {
  Cultuurcentrum = 'cultuurcentrum',
  Gemeenschapscentrum = 'gemeenschapscentrum',
  Podiumhuis = 'podiumhuis',
  Bibliotheek = 'bibliotheek',
  Cultuurdienst = 'cultuurdienst',
  Woonzorgcentrum = 'woonzorgcentrum',
  LokaalDienstencentrum = 'lokaal_dienstencentrum',
  Ziekenhuis = 'ziekenhuis',
  Voorziening = 'voorziening',
}

/** Which sub-kinds belong to which kind; the operator has none. */
export const SUB_KINDS_BY_KIND: Record<OrganisationKind, readonly OrganisationSubKind[]> = {
  [OrganisationKind.Operator]: [],
  [OrganisationKind.CultureHouse]: [
    OrganisationSubKind.Cultuurcentrum,
    OrganisationSubKind.Gemeenschapscentrum,
    OrganisationSubKind.Podiumhuis,
    OrganisationSubKind.Bibliotheek,
    OrganisationSubKind.Cultuurdienst,
  ],
  [OrganisationKind.CareCentre]: [
    OrganisationSubKind.Woonzorgcentrum,
    OrganisationSubKind.LokaalDienstencentrum,
    OrganisationSubKind.Ziekenhuis,
    OrganisationSubKind.Voorziening,
  ],
};

export enum Province {
  Antwerpen = 'antwerpen',
  Limburg = 'limburg',
  OostVlaanderen = 'oost-vlaanderen',
  WestVlaanderen = 'west-vlaanderen',
  VlaamsBrabant = 'vlaams-brabant',
  Brussel = 'brussel',
  WaalsBrabant = 'waals-brabant',
  Henegouwen = 'henegouwen',
  Luik = 'luik',
  Luxemburg = 'luxemburg',
  Namen = 'namen',
}

/** How an organisation pays. Invoice is the default: most satellites are public bodies paying by transfer. */
export enum PaymentMethod {
  Invoice = 'invoice',
  Online = 'online',
}
