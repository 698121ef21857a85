package org.threatwright.kb.ontology;

/**
 * The IRIs of the Threatwright ontology ({@code models/ontology/threatwright.ttl}, namespace
 * {@value #NS}) and of the reused vocabularies (RDF, RDFS, XSD, PROV-O, DCTERMS, SKOS), as strings so that
 * callers need no RDF library. Constant names are the local names in upper snake case
 * ({@code tw:hostedOn} is {@link #HOSTED_ON}); every constant here is declared in the ontology, which a test
 * checks.
 */
public final class TW {

    /** The ontology namespace. */
    public static final String NS = "https://threatwright.org/ontology#";
    /** The ontology itself. */
    public static final String ONTOLOGY = "https://threatwright.org/ontology";

    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    public static final String RDF_TYPE = RDF + "type";
    public static final String RDFS_LABEL = RDFS + "label";
    public static final String XSD_STRING = XSD + "string";
    public static final String XSD_BOOLEAN = XSD + "boolean";
    public static final String XSD_INTEGER = XSD + "integer";
    public static final String XSD_DATE = XSD + "date";
    public static final String XSD_DATE_TIME = XSD + "dateTime";
    public static final String PROV_AGENT = PROV + "Agent";
    public static final String PROV_USED = PROV + "used";
    public static final String PROV_WAS_GENERATED_BY = PROV + "wasGeneratedBy";
    public static final String PROV_WAS_ATTRIBUTED_TO = PROV + "wasAttributedTo";
    public static final String PROV_GENERATED_AT_TIME = PROV + "generatedAtTime";
    public static final String PROV_WAS_DERIVED_FROM = PROV + "wasDerivedFrom";
    public static final String DCTERMS_IDENTIFIER = DCTERMS + "identifier";
    public static final String DCTERMS_TITLE = DCTERMS + "title";
    public static final String DCTERMS_DESCRIPTION = DCTERMS + "description";
    public static final String DCTERMS_CREATED = DCTERMS + "created";
    public static final String DCTERMS_BIBLIOGRAPHIC_CITATION = DCTERMS + "bibliographicCitation";
    public static final String SKOS_CONCEPT = SKOS + "Concept";
    public static final String SKOS_NOTATION = SKOS + "notation";

    // Classes

    public static final String MODEL_ELEMENT = NS + "ModelElement";
    public static final String SYSTEM_MODEL = NS + "SystemModel";
    public static final String PERSON = NS + "Person";
    public static final String ROLE_ASSIGNMENT = NS + "RoleAssignment";
    public static final String EXTERNAL_ID = NS + "ExternalId";
    public static final String ELEMENT = NS + "Element";
    public static final String DEVICE = NS + "Device";
    public static final String GATEWAY = NS + "Gateway";
    public static final String CLOUD_SERVICE = NS + "CloudService";
    public static final String MOBILE_APP = NS + "MobileApp";
    public static final String WEB_APP = NS + "WebApp";
    public static final String PROCESS = NS + "Process";
    public static final String DATA_STORE = NS + "DataStore";
    public static final String EXTERNAL_ENTITY = NS + "ExternalEntity";
    public static final String INTERFACE = NS + "Interface";
    public static final String DATA_FLOW = NS + "DataFlow";
    public static final String DATA_ASSET = NS + "DataAsset";
    public static final String TRUST_BOUNDARY = NS + "TrustBoundary";
    public static final String COMPONENT = NS + "Component";
    public static final String SUPPLIER = NS + "Supplier";
    public static final String UPDATE_MECHANISM = NS + "UpdateMechanism";
    public static final String ASSUMPTION = NS + "Assumption";
    public static final String RULE = NS + "Rule";
    public static final String FINDING = NS + "Finding";
    public static final String ANALYSIS_RUN = NS + "AnalysisRun";
    public static final String RULE_FAILURE = NS + "RuleFailure";
    public static final String ATTACK_TARGET = NS + "AttackTarget";
    public static final String ATTACK_PATH = NS + "AttackPath";
    public static final String ATTACK_STEP = NS + "AttackStep";
    public static final String TRIAGE_DECISION = NS + "TriageDecision";
    public static final String RISK = NS + "Risk";
    public static final String SECURITY_REQUIREMENT = NS + "SecurityRequirement";
    public static final String CONTROL = NS + "Control";
    public static final String VERIFICATION_EVIDENCE = NS + "VerificationEvidence";
    public static final String DESIGN_DECISION = NS + "DesignDecision";

    // Properties

    public static final String TAG = NS + "tag";
    public static final String HAS_EXTERNAL_ID = NS + "hasExternalId";
    public static final String EXTERNAL_SOURCE = NS + "externalSource";
    public static final String EXTERNAL_VALUE = NS + "externalValue";
    public static final String RELEASE = NS + "release";
    public static final String MANUFACTURER = NS + "manufacturer";
    public static final String COMPLIANCE_CLASS = NS + "complianceClass";
    public static final String SUPPORTED_UNTIL = NS + "supportedUntil";
    public static final String HAS_PERSON = NS + "hasPerson";
    public static final String HAS_ROLE = NS + "hasRole";
    public static final String HAS_ELEMENT = NS + "hasElement";
    public static final String HAS_FLOW = NS + "hasFlow";
    public static final String HAS_BOUNDARY = NS + "hasBoundary";
    public static final String HAS_DATA_ASSET = NS + "hasDataAsset";
    public static final String HAS_SUPPLIER = NS + "hasSupplier";
    public static final String HAS_ASSUMPTION = NS + "hasAssumption";
    public static final String EMAIL = NS + "email";
    public static final String ORGANISATION = NS + "organisation";
    public static final String ROLE_KIND = NS + "roleKind";
    public static final String ROLE_HOLDER = NS + "roleHolder";
    public static final String OWNER = NS + "owner";
    public static final String SAFETY_RELEVANT = NS + "safetyRelevant";
    public static final String HOSTED_ON = NS + "hostedOn";
    public static final String HAS_INTERFACE = NS + "hasInterface";
    public static final String HAS_COMPONENT = NS + "hasComponent";
    public static final String PROCESSES_DATA_ASSET = NS + "processesDataAsset";
    public static final String DEVICE_CATEGORY = NS + "deviceCategory";
    public static final String SECURE_BOOT = NS + "secureBoot";
    public static final String HARDWARE_ROOT_OF_TRUST = NS + "hardwareRootOfTrust";
    public static final String SECURE_STORAGE = NS + "secureStorage";
    public static final String SECRETS_IN_FIRMWARE = NS + "secretsInFirmware";
    public static final String TAMPER_RESISTANT = NS + "tamperResistant";
    public static final String HAS_UPDATE_MECHANISM = NS + "hasUpdateMechanism";
    public static final String CLOUD_PROVIDER = NS + "cloudProvider";
    public static final String REGION = NS + "region";
    public static final String SERVICE_MODEL = NS + "serviceModel";
    public static final String MOBILE_PLATFORM = NS + "mobilePlatform";
    public static final String CERTIFICATE_PINNING = NS + "certificatePinning";
    public static final String PRIVILEGED = NS + "privileged";
    public static final String HOLDS_LOGS = NS + "holdsLogs";
    public static final String ENCRYPTED_AT_REST = NS + "encryptedAtRest";
    public static final String STORAGE_TECHNOLOGY = NS + "storageTechnology";
    public static final String EXTERNAL_ENTITY_KIND = NS + "externalEntityKind";
    public static final String INTERFACE_KIND = NS + "interfaceKind";
    public static final String INTERFACE_TECHNOLOGY = NS + "interfaceTechnology";
    public static final String PROTOCOL = NS + "protocol";
    public static final String EXPOSURE = NS + "exposure";
    public static final String AUTHENTICATION = NS + "authentication";
    public static final String CREDENTIAL_PROVISIONING = NS + "credentialProvisioning";
    public static final String PAIRING = NS + "pairing";
    public static final String ENABLED_IN_PRODUCTION = NS + "enabledInProduction";
    public static final String PORT = NS + "port";
    public static final String FLOW_SOURCE = NS + "flowSource";
    public static final String FLOW_TARGET = NS + "flowTarget";
    public static final String SOURCE_INTERFACE = NS + "sourceInterface";
    public static final String TARGET_INTERFACE = NS + "targetInterface";
    public static final String AUTHORIZATION = NS + "authorization";
    public static final String ENCRYPTION = NS + "encryption";
    public static final String FLOW_DIRECTION = NS + "flowDirection";
    public static final String CARRIES_DATA_ASSET = NS + "carriesDataAsset";
    public static final String DATA_CATEGORY = NS + "dataCategory";
    public static final String CONFIDENTIALITY = NS + "confidentiality";
    public static final String INTEGRITY = NS + "integrity";
    public static final String AVAILABILITY = NS + "availability";
    public static final String PERSONAL_DATA = NS + "personalData";
    public static final String BOUNDARY_KIND = NS + "boundaryKind";
    public static final String TRUST_LEVEL = NS + "trustLevel";
    public static final String HAS_MEMBER = NS + "hasMember";
    public static final String HAS_NESTED_BOUNDARY = NS + "hasNestedBoundary";
    public static final String COMPONENT_TYPE = NS + "componentType";
    public static final String COMPONENT_ORIGIN = NS + "componentOrigin";
    public static final String SUPPLIED_BY = NS + "suppliedBy";
    public static final String VERSION = NS + "version";
    public static final String PURL = NS + "purl";
    public static final String CPE = NS + "cpe";
    public static final String LICENCE = NS + "licence";
    public static final String END_OF_SUPPORT = NS + "endOfSupport";
    public static final String ASSESSOR = NS + "assessor";
    public static final String HAS_SUB_COMPONENT = NS + "hasSubComponent";
    public static final String SECURITY_CONTACT = NS + "securityContact";
    public static final String SECURE_DESIGN_EVIDENCE = NS + "secureDesignEvidence";
    public static final String WEBSITE = NS + "website";
    public static final String UPDATE_METHOD = NS + "updateMethod";
    public static final String SIGNED = NS + "signed";
    public static final String ENCRYPTED = NS + "encrypted";
    public static final String ROLLBACK_PROTECTION = NS + "rollbackProtection";
    public static final String AUTOMATIC = NS + "automatic";
    public static final String USER_CAN_DISABLE = NS + "userCanDisable";
    public static final String USER_CAN_DEFER = NS + "userCanDefer";
    public static final String DELIVERED_BY = NS + "deliveredBy";
    public static final String SECURITY_UPDATES_UNTIL = NS + "securityUpdatesUntil";
    public static final String ASSUMPTION_STATUS = NS + "assumptionStatus";
    public static final String CONCERNS = NS + "concerns";
    public static final String DERIVED_BY_RULE = NS + "derivedByRule";
    public static final String FAILED_RULE = NS + "failedRule";
    public static final String STRIDE_CATEGORY = NS + "strideCategory";
    public static final String SEVERITY = NS + "severity";
    public static final String DEFAULT_SEVERITY = NS + "defaultSeverity";
    public static final String RULE_FAMILY = NS + "ruleFamily";
    public static final String CWE = NS + "cwe";
    public static final String CAPEC = NS + "capec";
    public static final String MITIGATION = NS + "mitigation";
    public static final String SUBJECT = NS + "subject";
    public static final String PRIMARY_SUBJECT = NS + "primarySubject";
    public static final String EXPLANATION = NS + "explanation";
    public static final String TRIAGE_STATUS = NS + "triageStatus";
    public static final String EVALUATION_DATE = NS + "evaluationDate";
    public static final String USED_RULE = NS + "usedRule";
    public static final String COMPLETE = NS + "complete";
    public static final String HAS_RULE_FAILURE = NS + "hasRuleFailure";
    public static final String FAILURE_MESSAGE = NS + "failureMessage";
    public static final String HAS_ATTACK_TARGET = NS + "hasAttackTarget";
    public static final String TARGET_ELEMENT = NS + "targetElement";
    public static final String HAS_ATTACK_PATH = NS + "hasAttackPath";
    public static final String MINIMUM_CUT_STEP = NS + "minimumCutStep";
    public static final String ENTRY_POINT = NS + "entryPoint";
    public static final String RANK = NS + "rank";
    public static final String PATH_LENGTH = NS + "pathLength";
    public static final String HAS_STEP = NS + "hasStep";
    public static final String STEP_INDEX = NS + "stepIndex";
    public static final String FROM_ELEMENT = NS + "fromElement";
    public static final String TO_ELEMENT = NS + "toElement";
    public static final String VIA_FLOW = NS + "viaFlow";
    public static final String VIA_HOSTING = NS + "viaHosting";
    public static final String CROSSES_BOUNDARY = NS + "crossesBoundary";
    public static final String BOUNDARY_CROSSINGS = NS + "boundaryCrossings";
    public static final String FINDING_ID = NS + "findingId";
    public static final String ABOUT_FINDING = NS + "aboutFinding";
    public static final String JUSTIFICATION = NS + "justification";
    public static final String AFFECTS = NS + "affects";
    public static final String IMPACT = NS + "impact";
    public static final String FEASIBILITY = NS + "feasibility";
    public static final String RISK_LEVEL = NS + "riskLevel";
    public static final String TREATMENT = NS + "treatment";
    public static final String ADDRESSES_CLAUSE = NS + "addressesClause";
    public static final String IMPLEMENTS_REQUIREMENT = NS + "implementsRequirement";
    public static final String MITIGATES = NS + "mitigates";
    public static final String VERIFIES = NS + "verifies";
    public static final String VERIFICATION_RESULT = NS + "verificationResult";
    public static final String EVIDENCE_LOCATION = NS + "evidenceLocation";
    public static final String RATIONALE = NS + "rationale";
    public static final String ALTERNATIVE_CONSIDERED = NS + "alternativeConsidered";
    public static final String DECISION_STATUS = NS + "decisionStatus";
    public static final String SEVERITY_RANK = NS + "severityRank";

    // Concept schemes and concepts

    public static final String STRIDE_SCHEME = NS + "StrideScheme";
    public static final String SPOOFING = NS + "Spoofing";
    public static final String TAMPERING = NS + "Tampering";
    public static final String REPUDIATION = NS + "Repudiation";
    public static final String INFORMATION_DISCLOSURE = NS + "InformationDisclosure";
    public static final String DENIAL_OF_SERVICE = NS + "DenialOfService";
    public static final String ELEVATION_OF_PRIVILEGE = NS + "ElevationOfPrivilege";
    public static final String SEVERITY_SCHEME = NS + "SeverityScheme";
    public static final String SEVERITY_CRITICAL = NS + "SeverityCritical";
    public static final String SEVERITY_HIGH = NS + "SeverityHigh";
    public static final String SEVERITY_MEDIUM = NS + "SeverityMedium";
    public static final String SEVERITY_LOW = NS + "SeverityLow";
    public static final String SEVERITY_INFO = NS + "SeverityInfo";
    public static final String TRIAGE_STATUS_SCHEME = NS + "TriageStatusScheme";
    public static final String TRIAGE_OPEN = NS + "TriageOpen";
    public static final String TRIAGE_MITIGATED = NS + "TriageMitigated";
    public static final String TRIAGE_NOT_APPLICABLE = NS + "TriageNotApplicable";
    public static final String TRIAGE_ACCEPTED = NS + "TriageAccepted";
    public static final String RULE_FAMILY_SCHEME = NS + "RuleFamilyScheme";
    public static final String FAMILY_STRIDE = NS + "FamilyStride";
    public static final String FAMILY_BOUNDARY = NS + "FamilyBoundary";
    public static final String FAMILY_IOT = NS + "FamilyIot";
    public static final String FAMILY_SUPPLY_CHAIN = NS + "FamilySupplyChain";
    public static final String RISK_LEVEL_SCHEME = NS + "RiskLevelScheme";
    public static final String RISK_VERY_LOW = NS + "RiskVeryLow";
    public static final String RISK_LOW = NS + "RiskLow";
    public static final String RISK_MEDIUM = NS + "RiskMedium";
    public static final String RISK_HIGH = NS + "RiskHigh";
    public static final String RISK_VERY_HIGH = NS + "RiskVeryHigh";
    public static final String RISK_TREATMENT_SCHEME = NS + "RiskTreatmentScheme";
    public static final String TREATMENT_AVOID = NS + "TreatmentAvoid";
    public static final String TREATMENT_REDUCE = NS + "TreatmentReduce";
    public static final String TREATMENT_SHARE = NS + "TreatmentShare";
    public static final String TREATMENT_RETAIN = NS + "TreatmentRetain";
    public static final String VERIFICATION_RESULT_SCHEME = NS + "VerificationResultScheme";
    public static final String VERIFICATION_PASSED = NS + "VerificationPassed";
    public static final String VERIFICATION_FAILED = NS + "VerificationFailed";
    public static final String VERIFICATION_INCONCLUSIVE = NS + "VerificationInconclusive";
    public static final String DECISION_STATUS_SCHEME = NS + "DecisionStatusScheme";
    public static final String DECISION_PROPOSED = NS + "DecisionProposed";
    public static final String DECISION_ACCEPTED = NS + "DecisionAccepted";
    public static final String DECISION_REJECTED = NS + "DecisionRejected";
    public static final String DECISION_SUPERSEDED = NS + "DecisionSuperseded";

    // Requirements, controls and verification: status, kind and derivation (docs/requirements.md)

    public static final String REQUIREMENT_STATUS = NS + "requirementStatus";
    public static final String TEMPLATE_RULE = NS + "templateRule";
    public static final String EXCLUDES_FINDING = NS + "excludesFinding";
    public static final String CONTROL_STATUS = NS + "controlStatus";
    public static final String EVIDENCE_KIND = NS + "evidenceKind";
    public static final String REQUIREMENT_STATUS_SCHEME = NS + "RequirementStatusScheme";
    public static final String REQUIREMENT_PROPOSED = NS + "RequirementProposed";
    public static final String REQUIREMENT_APPROVED = NS + "RequirementApproved";
    public static final String REQUIREMENT_WITHDRAWN = NS + "RequirementWithdrawn";
    public static final String CONTROL_STATUS_SCHEME = NS + "ControlStatusScheme";
    public static final String CONTROL_PLANNED = NS + "ControlPlanned";
    public static final String CONTROL_IMPLEMENTED = NS + "ControlImplemented";
    public static final String EVIDENCE_KIND_SCHEME = NS + "EvidenceKindScheme";
    public static final String EVIDENCE_TEST_REPORT = NS + "EvidenceTestReport";
    public static final String EVIDENCE_REVIEW = NS + "EvidenceReview";
    public static final String EVIDENCE_PEN_TEST = NS + "EvidencePenTest";
    public static final String EVIDENCE_ANALYSIS = NS + "EvidenceAnalysis";

    // Risk assessment (docs/risk.md)
    public static final String RISK_METHOD = NS + "RiskMethod";
    public static final String RISK_FACTOR_OVERRIDE = NS + "RiskFactorOverride";
    public static final String RISK_TREATMENT_DECISION = NS + "RiskTreatmentDecision";
    public static final String RISK_FACTOR_VALUE = NS + "RiskFactorValue";
    public static final String RISK_VALUE = NS + "riskValue";
    public static final String RESIDUAL_RISK_VALUE = NS + "residualRiskValue";
    public static final String EXCEEDS_THRESHOLD = NS + "exceedsThreshold";
    public static final String RESIDUAL_EXCEEDS_THRESHOLD = NS + "residualExceedsThreshold";
    public static final String ACCEPTANCE_THRESHOLD = NS + "acceptanceThreshold";
    public static final String IMPACT_RATING = NS + "impactRating";
    public static final String SAFETY_IMPACT = NS + "safetyImpact";
    public static final String FINANCIAL_IMPACT = NS + "financialImpact";
    public static final String OPERATIONAL_IMPACT = NS + "operationalImpact";
    public static final String PRIVACY_IMPACT = NS + "privacyImpact";
    public static final String FEASIBILITY_RATING = NS + "feasibilityRating";
    public static final String FEASIBILITY_APPROACH = NS + "feasibilityApproach";
    public static final String FEASIBILITY_DETAIL = NS + "feasibilityDetail";
    public static final String ATTACK_PATH_DESCRIPTION = NS + "attackPathDescription";
    public static final String RISK_EXPLANATION = NS + "riskExplanation";
    public static final String HAS_FACTOR = NS + "hasFactor";
    public static final String FACTOR_NAME = NS + "factorName";
    public static final String FACTOR_VALUE = NS + "factorValue";
    public static final String OVERRIDDEN = NS + "overridden";
    public static final String ABOUT_RISK = NS + "aboutRisk";
    public static final String LINKED_CONTROL = NS + "linkedControl";
    public static final String RESIDUAL_IMPACT = NS + "residualImpact";
    public static final String RESIDUAL_FEASIBILITY = NS + "residualFeasibility";
    public static final String METHOD_DEFINITION = NS + "methodDefinition";

    private TW() {
    }
}
