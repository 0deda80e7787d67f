#!/usr/bin/env bash
# Slurm 26.05 from Debian sid, in a debootstrap chroot (sid's Slurm needs a newer libc than
# bookworm's): slurmdbd, slurmctld, slurmd and slurmrestd (REST API v0.0.42 (deprecated) to
# v0.0.45, slurmctld and slurmdbd endpoints) on one node, auth/slurm (no munge), no systemd,
# no cgroups. Accounting in the stack's MariaDB (scripts/stack/mariadb.sh), keeping job
# comments (AccountingStoreFlags=job_comment), unlike slurm-2205 and slurm-2411.
#   slurm-2605.sh up | down | status | build
# The first 'up' (or 'build') debootstraps the chroot into $STACK_CACHE/slurm-2605/sid
# (1-3 min, ~300 MB); later ones take seconds (see slurm-chroot.sh). Config, keys, state and
# logs live in $STACK_RUN/slurm-2605. Ports from SLURM_2605_CTLD_PORT, SLURM_2605_D_PORT,
# SLURM_2605_REST_PORT, SLURM_2605_DBD_PORT (7017, 7018, 7020, 7019); Debian mirror from
# SLURM_2605_MIRROR. 'up' writes $STACK_ENV_DIR/slurm-2605.env.
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/slurm-common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/slurm-chroot.sh"

SL_NAME=slurm-2605
SL_V=2605
SL_RUN="$STACK_RUN/slurm-2605"
SL_CLUSTER=${SLURM_2605_CLUSTER:-lab2605}
SL_CTLD_PORT=${SLURM_2605_CTLD_PORT:-7017}
SL_D_PORT=${SLURM_2605_D_PORT:-7018}
SL_REST_PORT=${SLURM_2605_REST_PORT:-7020}
SL_DBD_PORT=${SLURM_2605_DBD_PORT:-7019}
SL_REST_PLUGINS=openapi/slurmctld,openapi/slurmdbd
SL_AUTH=(AuthType=auth/slurm CredType=cred/slurm)
SL_API=v0.0.45
# Accounting keeps the job comment here: the other accounting configuration of the stack.
SL_STORE_COMMENT=1
SL_EXTRA_ENV=()
CH_SUITE=sid
CH_PACKAGES=(slurm-wlm slurmrestd slurm-wlm-jwt-plugin slurmdbd)
CH_MIRROR=${SLURM_2605_MIRROR:-http://deb.debian.org/debian}

ch_main "$@"
