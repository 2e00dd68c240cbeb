"""From a grid of cells to form data, pure over grids: the grid model (merges included),
defined names, label location, and the one entry point that decides which cell holds each
field (``form.form_data``: perfxl's defined names when the workbook has them, else labels).
File formats are edges elsewhere (``xlsx.fastread`` parses a package into grids;
``excel.adapter`` reads a live workbook into grids)."""
