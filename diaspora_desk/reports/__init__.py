"""PDF reports with ReportLab. Qt-free: each ``build_<name>(data, out)`` writes one PDF."""
