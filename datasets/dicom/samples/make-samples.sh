#!/usr/bin/env bash
# Writes the synthetic DICOM test files of this folder with Debian's dcmtk (dump2dcm 3.6.7):
#   apt-get install -y --no-install-recommends dcmtk
# Every person, institution and UID here is made up (UIDs under the 1.2.826.0.1.3680043.8.498 test root).
# The patient's name carries the marker ZZMARKER55 so that tests can assert no value reaches any output.
# The generated files are committed, so tests and CI need no dcmtk. Run from anywhere: bash make-samples.sh
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=1.2.826.0.1.3680043.8.498

# One dataset in every transfer syntax: patient and study attributes, a private block, a nested sequence, 2x2 pixels.
cat > "$work/basic.dump" <<DUMP
(0008,0008) CS [ORIGINAL\PRIMARY\AXIAL]
(0008,0016) UI =MRImageStorage
(0008,0018) UI [$root.10.1]
(0008,0020) DA [20240102]
(0008,0060) CS [MR]
(0008,0070) LO [Fictional Scanners Ltd]
(0008,0080) LO [Nowhere General Hospital]
(0008,1140) SQ (Sequence with explicit length #=1)
  (fffe,e000) na (Item with explicit length #=3)
    (0008,1150) UI =MRImageStorage
    (0008,1155) UI [$root.10.2]
    (0040,a730) SQ (Sequence with explicit length #=1)
      (fffe,e000) na (Item with explicit length #=1)
        (0040,a123) PN [Observer^Fictional]
      (fffe,e00d) na (ItemDelimitationItem for re-encoding)
    (fffe,e0dd) na (SequenceDelimitationItem for re-encod.)
  (fffe,e00d) na (ItemDelimitationItem for re-encoding)
(fffe,e0dd) na (SequenceDelimitationItem for re-encod.)
(0009,0010) LO [RISKNOTEBOOKS TEST]
(0009,1001) LO [private value]
(0010,0010) PN [Doe^ZZMARKER55]
(0010,0020) LO [PID-0001]
(0010,0030) DA [19700101]
(0010,1010) AS []
(0018,0015) CS [HEAD]
(0018,0050) DS [1.0]
(0020,000d) UI [$root.20.1]
(0020,000e) UI [$root.30.1]
(0028,0002) US 1
(0028,0004) CS [MONOCHROME2]
(0028,0010) US 2
(0028,0011) US 2
(0028,0100) US 16
(0028,0101) US 12
(0028,0102) US 11
(0028,0103) US 0
(6000,3000) OW 0000
(7fe0,0010) OW 0001\0002\0003\0004
DUMP

dump2dcm +te "$work/basic.dump" explicit-le.dcm
dump2dcm +ti "$work/basic.dump" implicit-le.dcm
dump2dcm +tb "$work/basic.dump" explicit-be.dcm
dump2dcm +td "$work/basic.dump" deflated.dcm
dump2dcm +te -e "$work/basic.dump" explicit-le-undefined-lengths.dcm
dump2dcm +ti -e "$work/basic.dump" implicit-le-undefined-lengths.dcm

# Secondary capture with burned-in annotation.
cat > "$work/burned.dump" <<DUMP
(0008,0016) UI =SecondaryCaptureImageStorage
(0008,0018) UI [$root.11.1]
(0008,0060) CS [OT]
(0010,0010) PN [Roe^Richard]
(0020,000e) UI [$root.31.1]
(0028,0301) CS [YES]
(7fe0,0010) OW 0000\0000\0000\0000
DUMP
dump2dcm +te "$work/burned.dump" burned-in-sc.dcm

# An ultrasound image (text is often burned into ultrasound frames), no burned-in flag.
cat > "$work/us.dump" <<DUMP
(0008,0016) UI =UltrasoundImageStorage
(0008,0018) UI [$root.12.1]
(0008,0060) CS [US]
(0010,0010) PN [Poe^Edgar]
(0020,000e) UI [$root.32.1]
(7fe0,0010) OW 0000\0000\0000\0000
DUMP
dump2dcm +te "$work/us.dump" ultrasound.dcm

# A head MR volume: 64 slices of 1 mm, one series (enough to reconstruct a face).
mkdir -p head-mr
for i in $(seq 1 64); do
  cat > "$work/slice.dump" <<DUMP
(0008,0016) UI =MRImageStorage
(0008,0018) UI [$root.13.$i]
(0008,0060) CS [MR]
(0010,0010) PN [Head^Volume]
(0010,0020) LO [PID-0002]
(0018,0015) CS [BRAIN]
(0018,0050) DS [1]
(0020,000e) UI [$root.33.1]
(0020,0013) IS [$i]
(0028,0010) US 2
(0028,0011) US 2
(0028,0100) US 16
(7fe0,0010) OW 0000\0000\0000\0000
DUMP
  dump2dcm +ti "$work/slice.dump" "$(printf 'head-mr/slice-%03d.dcm' "$i")"
done

# A file that is not DICOM: skipped and counted.
printf 'not a DICOM file\n' > head-mr/notes.txt
