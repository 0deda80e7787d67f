// The shell side of the progress protocol: POSIX sh source the operator hands every job in
// $SLURM_ML_PROGRESS_HELPER, so a template reports without Python or any file on the nodes:
//
//   eval "$SLURM_ML_PROGRESS_HELPER"
//   ml_progress step=3 total=10 unit=epoch loss=0.25 val_loss=0.31
//
// The text is this constant, never anything a resource author wrote; the job's own environment
// is the job's to trust. ml_progress never fails the job: a malformed call or a failed write says
// why on stderr and writes nothing. Values are checked against JSON's number grammar here, so
// every line it writes is one the operator accepts (protocol.ts).
import { MAX_ETA_SECONDS, MAX_METRICS_PER_LINE } from './protocol.ts';

export const PROGRESS_HELPER_SH = `
_ml_progress_number() {
  _ml_n=$1
  case $_ml_n in -*) _ml_n=\${_ml_n#-} ;; esac
  _ml_m=\${_ml_n%%[eE]*}
  _ml_e=\${_ml_n#"$_ml_m"}
  case $_ml_m in '' | *[!0-9.]* | *.*.* | .* | *. | 0[0-9]*) return 1 ;; esac
  if [ -n "$_ml_e" ]; then
    _ml_e=\${_ml_e#[eE]}
    _ml_e=\${_ml_e#[+-]}
    case $_ml_e in '' | *[!0-9]*) return 1 ;; esac
  fi
  return 0
}
_ml_progress_within() {
  awk -v v="$1" -v lo="$2" -v hi="$3" 'BEGIN { exit !(v + 0 >= lo + 0 && v + 0 <= hi + 0) }'
}
ml_progress() {
  [ -n "\${SLURM_ML_PROGRESS_FILE:-}" ] || return 0
  _ml_top=''
  _ml_metrics=''
  _ml_count=0
  for _ml_arg in "$@"; do
    case $_ml_arg in
      *=*) ;;
      *) echo "ml_progress: expected name=value, got '$_ml_arg'; nothing reported" >&2; return 0 ;;
    esac
    _ml_key=\${_ml_arg%%=*}
    _ml_val=\${_ml_arg#*=}
    case $_ml_key in
      unit)
        case $_ml_val in
          [A-Za-z]*) ;;
          *) _ml_val='!' ;;
        esac
        case $_ml_val in
          *[!A-Za-z0-9_-]*) echo "ml_progress: unit must be one word starting with a letter, got '$_ml_arg'; nothing reported" >&2; return 0 ;;
        esac
        if [ "\${#_ml_val}" -gt 32 ]; then
          echo "ml_progress: unit is longer than 32 characters; nothing reported" >&2; return 0
        fi
        _ml_top="$_ml_top,\\"unit\\":\\"$_ml_val\\"" ;;
      step | total | percent | eta)
        case $_ml_key in
          step) _ml_range='0 1e308' ;;
          total) _ml_range='1e-300 1e308' ;;
          percent) _ml_range='0 100' ;;
          *) _ml_range='0 ${MAX_ETA_SECONDS}' ;;
        esac
        # shellcheck disable=SC2086
        if ! _ml_progress_number "$_ml_val" || ! _ml_progress_within "$_ml_val" $_ml_range; then
          echo "ml_progress: $_ml_key must be a number from \${_ml_range% *} to \${_ml_range#* }, got '$_ml_val'; nothing reported" >&2; return 0
        fi
        _ml_top="$_ml_top,\\"$_ml_key\\":$_ml_val" ;;
      *)
        case $_ml_key in
          '' | *[!A-Za-z0-9_.:/-]*) echo "ml_progress: metric name '$_ml_key' may hold only letters, digits and _ . : / -; nothing reported" >&2; return 0 ;;
        esac
        if [ "\${#_ml_key}" -gt 64 ]; then
          echo "ml_progress: metric name '$_ml_key' is longer than 64 characters; nothing reported" >&2; return 0
        fi
        if ! _ml_progress_number "$_ml_val"; then
          echo "ml_progress: metric $_ml_key must be a number, got '$_ml_val'; nothing reported" >&2; return 0
        fi
        _ml_count=$((_ml_count + 1))
        if [ "$_ml_count" -gt ${MAX_METRICS_PER_LINE} ]; then
          echo "ml_progress: more than ${MAX_METRICS_PER_LINE} metrics in one call; nothing reported" >&2; return 0
        fi
        _ml_metrics="$_ml_metrics,\\"$_ml_key\\":$_ml_val" ;;
    esac
  done
  _ml_line="{\\"time\\":\\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\\"$_ml_top"
  if [ -n "$_ml_metrics" ]; then _ml_line="$_ml_line,\\"metrics\\":{\${_ml_metrics#,}}"; fi
  if ! { printf '%s}\\n' "$_ml_line" >>"$SLURM_ML_PROGRESS_FILE"; } 2>/dev/null; then
    echo "ml_progress: cannot append to $SLURM_ML_PROGRESS_FILE; nothing reported" >&2
  fi
  return 0
}
`;
