/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dsc-record.h"

G_BEGIN_DECLS

/**
 * DscAssociation:
 *
 * An association's profile. The fields follow the RUNTS register where they can
 * (DESIGN.md, DOMAIN.md); every one is optional but the name.
 */
typedef struct
{
  DscRecord base;
  char     *name;
  char     *acronym;
  int       legal_form;      /* DscLegalForm */
  int       runts_section;   /* DscRuntsSection */
  char     *runts_number;
  char     *fiscal_code;
  int       founded_year;
  int       province;        /* DscProvince */
  char     *municipality;
  char     *address;
  char     *postcode;
  char     *email;
  char     *pec;
  char     *phone;
  char     *website;
  char     *communities;
  char     *languages;
  int       members;
  int       volunteers;
  guint     areas;           /* DSC_AREA_FLAG (DscArea) */
  char     *volunteer_centre;
  int       status;          /* DscStatus */
  char     *description;
  char     *notes;
} DscAssociation;

/**
 * DscPerson:
 *
 * A contact person of an association: only what the association needs, and
 * erasable for good on request.
 */
typedef struct
{
  DscRecord base;
  gint64    association_id;
  char     *full_name;
  int       role;            /* DscRole */
  char     *email;
  char     *phone;
  char     *consent_date;
  char     *consent_scope;
  char     *notes;
} DscPerson;

extern const DscKind dsc_kind_association;
extern const DscKind dsc_kind_person;

DscAssociation *dsc_association_new  (void);
void            dsc_association_free (DscAssociation *association);
DscPerson      *dsc_person_new       (void);
void            dsc_person_free      (DscPerson *person);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DscAssociation, dsc_association_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DscPerson, dsc_person_free)

G_END_DECLS
