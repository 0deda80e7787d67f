#!/bin/sh
# A tiny fake nnU-Net v2 dataset for the stand-in: NNUNET_RAW/Dataset503_Demo with dataset.json,
# imagesTr/<case>_0000.nii.gz, labelsTr/<case>.nii.gz and imagesTs/<case>_0000.nii.gz, laid out
# as nnU-Net's dataset format documents it. The files are gzip'd text, not NIfTI: only the
# stand-in reads them.
#   make-dataset.sh NNUNET_RAW
set -eu
raw=$1
dataset=$raw/Dataset503_Demo
mkdir -p "$dataset/imagesTr" "$dataset/labelsTr" "$dataset/imagesTs"
cat >"$dataset/dataset.json" <<'JSON'
{
    "channel_names": {
        "0": "CT"
    },
    "labels": {
        "background": 0,
        "liver": 1,
        "tumor": 2
    },
    "numTraining": 5,
    "file_ending": ".nii.gz",
    "name": "Demo",
    "description": "Fake dataset of the slurm-ml-operator test stack, for the nnU-Net stand-in"
}
JSON
for i in 001 002 003 004 005; do
  printf 'fake CT image demo_%s channel 0\n' "$i" | gzip -n >"$dataset/imagesTr/demo_${i}_0000.nii.gz"
  printf 'fake label map demo_%s\n' "$i" | gzip -n >"$dataset/labelsTr/demo_$i.nii.gz"
done
for i in 101 102; do
  printf 'fake CT image demo_%s channel 0\n' "$i" | gzip -n >"$dataset/imagesTs/demo_${i}_0000.nii.gz"
done
chmod -R a+rX "$dataset"
