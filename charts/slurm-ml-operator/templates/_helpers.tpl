{{/*
Names and labels shared by every template.
*/}}

{{- define "slurm-ml-operator.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
The prefix of every resource name: fullnameOverride; else the release name when it contains
the chart name; else the chart name when the release name is its prefix ("slurm-ml" gives
"slurm-ml-operator"); else "<release>-<chart>".
*/}}
{{- define "slurm-ml-operator.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := include "slurm-ml-operator.name" . }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else if hasPrefix .Release.Name $name }}
{{- $name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "slurm-ml-operator.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "slurm-ml-operator.selectorLabels" -}}
app.kubernetes.io/name: {{ include "slurm-ml-operator.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "slurm-ml-operator.labels" -}}
helm.sh/chart: {{ include "slurm-ml-operator.chart" . }}
{{ include "slurm-ml-operator.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/component: operator
app.kubernetes.io/part-of: slurm-ml-operator
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "slurm-ml-operator.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "slurm-ml-operator.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- required "serviceAccount.name is required when serviceAccount.create is false" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The Lease's namespace: leaderElection.namespace, or the release namespace when empty. */}}
{{- define "slurm-ml-operator.leaseNamespace" -}}
{{- default .Release.Namespace .Values.leaderElection.namespace }}
{{- end }}

{{/* The claim holding the embedded audit store: an existing one, or the chart's. */}}
{{- define "slurm-ml-operator.auditClaimName" -}}
{{- default (printf "%s-audit" (include "slurm-ml-operator.fullname" .)) .Values.persistence.existingClaim }}
{{- end }}

{{- define "slurm-ml-operator.image" -}}
{{- $tag := default .Chart.AppVersion .Values.image.tag }}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository $tag }}
{{- end }}
{{- end }}

{{/* True (non-empty) when the operator gets a directory of extra job templates. */}}
{{- define "slurm-ml-operator.hasJobTemplates" -}}
{{- if or .Values.jobTemplates.templates .Values.jobTemplates.existingConfigMap }}true{{ end }}
{{- end }}

{{/* TEMPLATE_DIRS: the chart's template ConfigMap, then an existing one (later files win). */}}
{{- define "slurm-ml-operator.templateDirs" -}}
{{- $dirs := list }}
{{- if .Values.jobTemplates.templates }}
{{- $dirs = append $dirs .Values.jobTemplates.mountPath }}
{{- end }}
{{- if .Values.jobTemplates.existingConfigMap }}
{{- $dirs = append $dirs (printf "%s-existing" .Values.jobTemplates.mountPath) }}
{{- end }}
{{- join ":" $dirs }}
{{- end }}
