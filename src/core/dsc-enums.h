/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * DscEnumValue:
 * @code: the stored and exchanged code, English, never translated
 * @label: the English label, translated with the enumeration's context
 */
typedef struct
{
  const char *code;
  const char *label;
} DscEnumValue;

/**
 * DscEnum:
 * @name: the field name it belongs to, for messages
 * @context: the gettext context of its labels
 * @values: the values, indexed by the C enumeration
 * @n_values: how many
 */
typedef struct
{
  const char         *name;
  const char         *context;
  const DscEnumValue *values;
  int                 n_values;
} DscEnum;

/* The C values index the tables below; codes are part of the file and exchange
 * format, so values are only ever appended. */

typedef enum
{
  DSC_LEGAL_FORM_APS,
  DSC_LEGAL_FORM_ODV,
  DSC_LEGAL_FORM_ETS,
  DSC_LEGAL_FORM_INFORMAL,
  DSC_LEGAL_FORM_COOPERATIVE,
  DSC_LEGAL_FORM_OTHER,
} DscLegalForm;

typedef enum
{
  DSC_RUNTS_NOT_REGISTERED,
  DSC_RUNTS_ODV,
  DSC_RUNTS_APS,
  DSC_RUNTS_PHILANTHROPIC,
  DSC_RUNTS_SOCIAL_ENTERPRISE,
  DSC_RUNTS_NETWORK,
  DSC_RUNTS_MUTUAL_AID,
  DSC_RUNTS_OTHER,
} DscRuntsSection;

typedef enum
{
  DSC_PROVINCE_TO,
  DSC_PROVINCE_CN,
  DSC_PROVINCE_AL,
  DSC_PROVINCE_AT,
  DSC_PROVINCE_BI,
  DSC_PROVINCE_NO,
  DSC_PROVINCE_VB,
  DSC_PROVINCE_VC,
  DSC_PROVINCE_OUTSIDE,
} DscProvince;

typedef enum
{
  DSC_STATUS_ACTIVE,
  DSC_STATUS_DORMANT,
  DSC_STATUS_CLOSED,
} DscStatus;

/* Areas of activity are flags: an association works in several. */
typedef enum
{
  DSC_AREA_HOUSING,
  DSC_AREA_HEALTH,
  DSC_AREA_WORK,
  DSC_AREA_CULTURE,
  DSC_AREA_EDUCATION,
  DSC_AREA_LEGAL_AID,
  DSC_AREA_MEDIATION,
  DSC_AREA_OTHER,
} DscArea;

#define DSC_AREA_FLAG(area) (1u << (area))

typedef enum
{
  DSC_ROLE_PRESIDENT,
  DSC_ROLE_SECRETARY,
  DSC_ROLE_TREASURER,
  DSC_ROLE_VOLUNTEER,
  DSC_ROLE_MEMBER,
  DSC_ROLE_OTHER,
} DscRole;

typedef enum
{
  DSC_ASSESSMENT_BASELINE,
  DSC_ASSESSMENT_FOLLOW_UP,
  DSC_ASSESSMENT_FINAL,
} DscAssessmentKind;

typedef enum
{
  DSC_RESPONDENT_SELF,
  DSC_RESPONDENT_TRAINER,
  DSC_RESPONDENT_CONSENSUS,
} DscRespondent;

typedef enum
{
  DSC_GOAL_PLANNED,
  DSC_GOAL_IN_PROGRESS,
  DSC_GOAL_ACHIEVED,
  DSC_GOAL_DROPPED,
} DscGoalStatus;

typedef enum
{
  DSC_SERVICE_SOCIAL_SERVICES,
  DSC_SERVICE_ASL,
  DSC_SERVICE_CPI,
  DSC_SERVICE_PREFECTURE,
  DSC_SERVICE_POLICE,
  DSC_SERVICE_SCHOOL,
  DSC_SERVICE_OTHER,
} DscServiceType;

typedef enum
{
  DSC_MEETING_WITH_SERVICES,
  DSC_MEETING_WORKING_TABLE,
  DSC_MEETING_INTERNAL,
  DSC_MEETING_STUDY_VISIT,
} DscMeetingKind;

typedef enum
{
  DSC_FOLLOW_UP_OPEN,
  DSC_FOLLOW_UP_DONE,
  DSC_FOLLOW_UP_DROPPED,
} DscFollowUpStatus;

extern const DscEnum dsc_enum_legal_form;
extern const DscEnum dsc_enum_runts_section;
extern const DscEnum dsc_enum_province;
extern const DscEnum dsc_enum_status;
extern const DscEnum dsc_enum_area;
extern const DscEnum dsc_enum_role;
extern const DscEnum dsc_enum_assessment_kind;
extern const DscEnum dsc_enum_respondent;
extern const DscEnum dsc_enum_goal_status;
extern const DscEnum dsc_enum_service_type;
extern const DscEnum dsc_enum_meeting_kind;
extern const DscEnum dsc_enum_follow_up_status;

int          dsc_enum_from_code   (const DscEnum *enumeration,
                                   const char    *code);
const char  *dsc_enum_code        (const DscEnum *enumeration,
                                   int            value);
const char  *dsc_enum_label       (const DscEnum *enumeration,
                                   int            value);
char        *dsc_enum_flags_label (const DscEnum *enumeration,
                                   guint          flags);
char       **dsc_enum_flags_codes (const DscEnum *enumeration,
                                   guint          flags);

G_END_DECLS
