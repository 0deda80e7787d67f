#!/usr/bin/env bash
# Slurm 24.11 from Debian trixie, in a debootstrap chroot (trixie's Slurm needs a newer libc
# than bookworm's): slurmdbd, slurmctld, slurmd and slurmrestd (REST API v0.0.40 to v0.0.42,
# slurmctld and slurmdbd endpoints) on one node, auth/slurm (no munge), no systemd, no cgroups.
# Accounting in the stack's MariaDB (scripts/stack/mariadb.sh), without job comments.
#   slurm-2411.sh up | down | status | build
# The first 'up' (or 'build') debootstraps the chroot into $STACK_CACHE/slurm-2411/trixie
# (1-3 min, ~300 MB); later ones take seconds (see slurm-chroot.sh). Config, keys, state and
# logs live in $STACK_RUN/slurm-2411. Ports from SLURM_2411_CTLD_PORT, SLURM_2411_D_PORT,
# SLURM_2411_REST_PORT, SLURM_2411_DBD_PORT (6917, 6918, 6920, 6919); Debian mirror from
# SLURM_2411_MIRROR. 'up' writes $STACK_ENV_DIR/slurm-2411.env.
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/slurm-common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/slurm-chroot.sh"

SL_NAME=slurm-2411
SL_V=2411
SL_RUN="$STACK_RUN/slurm-2411"
SL_CLUSTER=${SLURM_2411_CLUSTER:-lab2411}
SL_CTLD_PORT=${SLURM_2411_CTLD_PORT:-6917}
SL_D_PORT=${SLURM_2411_D_PORT:-6918}
SL_REST_PORT=${SLURM_2411_REST_PORT:-6920}
SL_DBD_PORT=${SLURM_2411_DBD_PORT:-6919}
SL_REST_PLUGINS=openapi/slurmctld,openapi/slurmdbd
SL_AUTH=(AuthType=auth/slurm CredType=cred/slurm)
SL_API=v0.0.42
# Accounting without AccountingStoreFlags=job_comment (Slurm's default): see docs/test-stack.md.
SL_STORE_COMMENT=0
SL_EXTRA_ENV=()
CH_SUITE=trixie
CH_PACKAGES=(slurm-wlm slurmrestd munge slurm-wlm-jwt-plugin slurmdbd)
CH_MIRROR=${SLURM_2411_MIRROR:-http://deb.debian.org/debian}

ch_main "$@"
