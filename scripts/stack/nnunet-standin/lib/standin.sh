# shellcheck shell=sh
# Shared by the stand-in's nnUNetv2_* commands (busybox sh). Sourced, never run.
# Not nnU-Net: see ../README.md.

STANDIN_VERSION=1

die() {
  printf '%s\n' "$*" >&2
  exit 1
}

# "2024-05-01 10:00:00.123456", the form nnU-Net prefixes its log lines with.
timestamp() {
  _now=$(echo | ts '%.s')
  _now=${_now%% *}
  _usec=${_now#*.}
  printf '%s.%s' "$(date -d "@${_now%.*}" '+%Y-%m-%d %H:%M:%S')" "$_usec"
}

# Seconds since the epoch with microseconds (for "Epoch time").
now_seconds() {
  _now=$(echo | ts '%.s')
  printf '%s' "${_now%% *}"
}

# log_line FILE TEXT...: a timestamped line on stdout and appended to FILE (when not empty), as
# nnU-Net's trainer prints its log.
log_line() {
  _file=$1
  shift
  _line="$(timestamp): $*"
  printf '%s\n' "$_line"
  if [ -n "$_file" ]; then printf '%s\n' "$_line" >>"$_file"; fi
}

need_env() {
  for _v in "$@"; do
    eval "_val=\${$_v:-}"
    if [ -z "$_val" ]; then
      die "RuntimeError: $_v is not defined. nnU-Net can only be used on data for which the $_v environment variable is set (see nnU-Net's documentation, set_environment_variables.md)."
    fi
  done
}

# dataset_name ID_OR_NAME DIR...: DatasetXXX_Name, found in the first DIR that has it.
dataset_name() {
  _want=$1
  shift
  case $_want in
    Dataset[0-9][0-9][0-9]_*)
      printf '%s' "$_want"
      return 0
      ;;
    *[!0-9]* | '') die "ValueError: dataset \"$_want\" is neither an integer id nor a name of the form DatasetXXX_Name" ;;
  esac
  _id=$(printf '%03d' "$(echo "$_want" | sed 's/^0*\([0-9]\)/\1/')")
  for _dir in "$@"; do
    [ -d "$_dir" ] || continue
    for _found in "$_dir"/Dataset"$_id"_*; do
      if [ -d "$_found" ]; then
        printf '%s' "${_found##*/}"
        return 0
      fi
    done
  done
  die "RuntimeError: Could not find a dataset with the ID $_want. Make sure the requested dataset ID exists and that nnU-Net knows where raw and preprocessed data are located (see Documentation - Installation). Here are your currently defined folders:
nnUNet_preprocessed=${nnUNet_preprocessed:-None}
nnUNet_results=${nnUNet_results:-None}
nnUNet_raw=${nnUNet_raw:-None}
If something is not right, adapt your environment variables."
}

# The foreground label names of a dataset.json written one key per line ("labels": { ... }).
foreground_labels() {
  awk '
    /"labels"[[:space:]]*:/ { inside = 1; next }
    inside && /}/ { inside = 0 }
    inside && /:/ {
      name = $0; sub(/^[[:space:]]*"/, "", name); sub(/".*/, "", name)
      if (name != "background") print name
    }
  ' "$1"
}

# The training cases: labelsTr/<case>.nii.gz.
training_cases() {
  for _f in "$1"/labelsTr/*.nii.gz; do
    [ -f "$_f" ] || continue
    _c=${_f##*/}
    printf '%s\n' "${_c%.nii.gz}"
  done
}
