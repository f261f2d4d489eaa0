this is not python
