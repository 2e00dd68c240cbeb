"""Edge of the system: reading and writing .xlsx files with openpyxl."""
