/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dsc-enums.h"

#define DEFINE_ENUM(symbol, field_name, ctx, ...)                   \
  static const DscEnumValue symbol##_values[] = { __VA_ARGS__ };    \
  const DscEnum symbol = {                                          \
    field_name, ctx, symbol##_values, G_N_ELEMENTS (symbol##_values) \
  }

DEFINE_ENUM (dsc_enum_legal_form, "legal_form", "legal form",
  [DSC_LEGAL_FORM_APS] = { "aps", NC_("legal form", "Social promotion (APS)") },
  [DSC_LEGAL_FORM_ODV] = { "odv", NC_("legal form", "Voluntary organisation (ODV)") },
  [DSC_LEGAL_FORM_ETS] = { "ets", NC_("legal form", "Other third-sector body") },
  [DSC_LEGAL_FORM_INFORMAL] = { "informal", NC_("legal form", "Informal group") },
  [DSC_LEGAL_FORM_COOPERATIVE] = { "cooperative", NC_("legal form", "Cooperative") },
  [DSC_LEGAL_FORM_OTHER] = { "other", NC_("legal form", "Other") });

DEFINE_ENUM (dsc_enum_runts_section, "runts_section", "RUNTS section",
  [DSC_RUNTS_NOT_REGISTERED] = { "not-registered", NC_("RUNTS section", "Not registered") },
  [DSC_RUNTS_ODV] = { "odv", NC_("RUNTS section", "Voluntary organisations (ODV)") },
  [DSC_RUNTS_APS] = { "aps", NC_("RUNTS section", "Social promotion associations (APS)") },
  [DSC_RUNTS_PHILANTHROPIC] = { "philanthropic", NC_("RUNTS section", "Philanthropic bodies") },
  [DSC_RUNTS_SOCIAL_ENTERPRISE] = { "social-enterprise", NC_("RUNTS section", "Social enterprises") },
  [DSC_RUNTS_NETWORK] = { "network", NC_("RUNTS section", "Association networks") },
  [DSC_RUNTS_MUTUAL_AID] = { "mutual-aid", NC_("RUNTS section", "Mutual aid societies") },
  [DSC_RUNTS_OTHER] = { "other", NC_("RUNTS section", "Other third-sector bodies") });

DEFINE_ENUM (dsc_enum_province, "province", "province",
  [DSC_PROVINCE_TO] = { "to", NC_("province", "Turin (TO)") },
  [DSC_PROVINCE_CN] = { "cn", NC_("province", "Cuneo (CN)") },
  [DSC_PROVINCE_AL] = { "al", NC_("province", "Alessandria (AL)") },
  [DSC_PROVINCE_AT] = { "at", NC_("province", "Asti (AT)") },
  [DSC_PROVINCE_BI] = { "bi", NC_("province", "Biella (BI)") },
  [DSC_PROVINCE_NO] = { "no", NC_("province", "Novara (NO)") },
  [DSC_PROVINCE_VB] = { "vb", NC_("province", "Verbano-Cusio-Ossola (VB)") },
  [DSC_PROVINCE_VC] = { "vc", NC_("province", "Vercelli (VC)") },
  [DSC_PROVINCE_OUTSIDE] = { "outside", NC_("province", "Outside Piedmont") });

DEFINE_ENUM (dsc_enum_status, "status", "association status",
  [DSC_STATUS_ACTIVE] = { "active", NC_("association status", "Active") },
  [DSC_STATUS_DORMANT] = { "dormant", NC_("association status", "Dormant") },
  [DSC_STATUS_CLOSED] = { "closed", NC_("association status", "Closed") });

DEFINE_ENUM (dsc_enum_area, "areas", "area of activity",
  [DSC_AREA_HOUSING] = { "housing", NC_("area of activity", "Housing") },
  [DSC_AREA_HEALTH] = { "health", NC_("area of activity", "Health") },
  [DSC_AREA_WORK] = { "work", NC_("area of activity", "Work and skills") },
  [DSC_AREA_CULTURE] = { "culture", NC_("area of activity", "Culture") },
  [DSC_AREA_EDUCATION] = { "education", NC_("area of activity", "Education") },
  [DSC_AREA_LEGAL_AID] = { "legal-aid", NC_("area of activity", "Legal aid") },
  [DSC_AREA_MEDIATION] = { "mediation", NC_("area of activity", "Cultural mediation") },
  [DSC_AREA_OTHER] = { "other", NC_("area of activity", "Other") });

DEFINE_ENUM (dsc_enum_role, "role", "person role",
  [DSC_ROLE_PRESIDENT] = { "president", NC_("person role", "President") },
  [DSC_ROLE_SECRETARY] = { "secretary", NC_("person role", "Secretary") },
  [DSC_ROLE_TREASURER] = { "treasurer", NC_("person role", "Treasurer") },
  [DSC_ROLE_VOLUNTEER] = { "volunteer", NC_("person role", "Volunteer") },
  [DSC_ROLE_MEMBER] = { "member", NC_("person role", "Member") },
  [DSC_ROLE_OTHER] = { "other", NC_("person role", "Other") });

DEFINE_ENUM (dsc_enum_assessment_kind, "kind", "assessment kind",
  [DSC_ASSESSMENT_BASELINE] = { "baseline", NC_("assessment kind", "Baseline") },
  [DSC_ASSESSMENT_FOLLOW_UP] = { "follow-up", NC_("assessment kind", "Follow-up") },
  [DSC_ASSESSMENT_FINAL] = { "final", NC_("assessment kind", "Final") });

DEFINE_ENUM (dsc_enum_respondent, "respondent", "respondent",
  [DSC_RESPONDENT_SELF] = { "self", NC_("respondent", "The association itself") },
  [DSC_RESPONDENT_TRAINER] = { "trainer", NC_("respondent", "Trainer") },
  [DSC_RESPONDENT_CONSENSUS] = { "consensus", NC_("respondent", "Consensus of both") });

DEFINE_ENUM (dsc_enum_goal_status, "status", "goal status",
  [DSC_GOAL_PLANNED] = { "planned", NC_("goal status", "Planned") },
  [DSC_GOAL_IN_PROGRESS] = { "in-progress", NC_("goal status", "In progress") },
  [DSC_GOAL_ACHIEVED] = { "achieved", NC_("goal status", "Achieved") },
  [DSC_GOAL_DROPPED] = { "dropped", NC_("goal status", "Dropped") });

DEFINE_ENUM (dsc_enum_service_type, "type", "service type",
  [DSC_SERVICE_SOCIAL_SERVICES] = { "social-services", NC_("service type", "Municipal social services") },
  [DSC_SERVICE_ASL] = { "asl", NC_("service type", "Health authority (ASL)") },
  [DSC_SERVICE_CPI] = { "cpi", NC_("service type", "Job centre (CPI)") },
  [DSC_SERVICE_PREFECTURE] = { "prefecture", NC_("service type", "Prefecture") },
  [DSC_SERVICE_POLICE] = { "police", NC_("service type", "Police headquarters (Questura)") },
  [DSC_SERVICE_SCHOOL] = { "school", NC_("service type", "School or CPIA") },
  [DSC_SERVICE_OTHER] = { "other", NC_("service type", "Other") });

DEFINE_ENUM (dsc_enum_meeting_kind, "kind", "meeting kind",
  [DSC_MEETING_WITH_SERVICES] = { "with-services", NC_("meeting kind", "With services") },
  [DSC_MEETING_WORKING_TABLE] = { "working-table", NC_("meeting kind", "Working table") },
  [DSC_MEETING_INTERNAL] = { "internal", NC_("meeting kind", "Internal") },
  [DSC_MEETING_STUDY_VISIT] = { "study-visit", NC_("meeting kind", "Study visit") });

DEFINE_ENUM (dsc_enum_follow_up_status, "status", "follow-up status",
  [DSC_FOLLOW_UP_OPEN] = { "open", NC_("follow-up status", "Open") },
  [DSC_FOLLOW_UP_DONE] = { "done", NC_("follow-up status", "Done") },
  [DSC_FOLLOW_UP_DROPPED] = { "dropped", NC_("follow-up status", "Dropped") });

/**
 * dsc_enum_from_code:
 * @enumeration: an enumeration
 * @code: (nullable): a stored code
 *
 * Returns: the value whose code is @code, or -1 when there is none
 */
int
dsc_enum_from_code (const DscEnum *enumeration,
                    const char    *code)
{
  g_return_val_if_fail (enumeration != NULL, -1);

  if (code == NULL)
    return -1;

  for (int i = 0; i < enumeration->n_values; i++)
    if (g_str_equal (enumeration->values[i].code, code))
      return i;

  return -1;
}

/**
 * dsc_enum_code:
 * @enumeration: an enumeration
 * @value: a value, or -1 for "not set"
 *
 * Returns: (nullable): the value's code, %NULL when not set or out of range
 */
const char *
dsc_enum_code (const DscEnum *enumeration,
               int            value)
{
  g_return_val_if_fail (enumeration != NULL, NULL);

  if (value < 0 || value >= enumeration->n_values)
    return NULL;

  return enumeration->values[value].code;
}

/**
 * dsc_enum_label:
 * @enumeration: an enumeration
 * @value: a value, or -1 for "not set"
 *
 * Returns: the value's label in the user's language; "" when not set
 */
const char *
dsc_enum_label (const DscEnum *enumeration,
                int            value)
{
  g_return_val_if_fail (enumeration != NULL, "");

  if (value < 0 || value >= enumeration->n_values)
    return "";

  return g_dpgettext2 (GETTEXT_PACKAGE, enumeration->context, enumeration->values[value].label);
}

/**
 * dsc_enum_flags_label:
 * @enumeration: an enumeration used as flags
 * @flags: a set of values, bit N standing for value N
 *
 * Returns: (transfer full): the labels of the set values, comma-separated
 */
char *
dsc_enum_flags_label (const DscEnum *enumeration,
                      guint          flags)
{
  GString *labels = g_string_new (NULL);

  for (int i = 0; i < enumeration->n_values; i++)
    {
      if ((flags & (1u << i)) == 0)
        continue;
      if (labels->len > 0)
        g_string_append (labels, ", ");
      g_string_append (labels, dsc_enum_label (enumeration, i));
    }

  return g_string_free (labels, FALSE);
}

/**
 * dsc_enum_flags_codes:
 * @enumeration: an enumeration used as flags
 * @flags: a set of values
 *
 * Returns: (transfer full): a %NULL-terminated array of the set values' codes
 */
char **
dsc_enum_flags_codes (const DscEnum *enumeration,
                      guint          flags)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (int i = 0; i < enumeration->n_values; i++)
    if ((flags & (1u << i)) != 0)
      g_strv_builder_add (builder, enumeration->values[i].code);

  return g_strv_builder_end (builder);
}
