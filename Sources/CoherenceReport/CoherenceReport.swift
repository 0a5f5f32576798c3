// CoherenceReport
