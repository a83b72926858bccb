package org.voarchive.server.registry;

/** The OAI-PMH 2.0 error codes this repository answers with, by their protocol names. */
public enum OaiError {
    badArgument,
    badResumptionToken,
    badVerb,
    cannotDisseminateFormat,
    idDoesNotExist,
    noRecordsMatch,
    noMetadataFormats,
    noSetHierarchy
}
